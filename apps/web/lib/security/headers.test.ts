import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { STATUS_STYLE_HASH } from "../status/style.ts";
import {
  API_CSP,
  TOAST_STYLE_HASHES,
  createNonce,
  frameAncestors,
  pageCsp,
  type SecurityOptions,
  securityHeaders,
} from "./headers.ts";

const http: SecurityOptions = { https: false, dev: false, statusFrameAncestors: [] };
const https: SecurityOptions = { ...http, https: true };
const framedStatus: SecurityOptions = {
  ...http,
  statusFrameAncestors: ["https://intranet.example.com", "https://*.example.org"],
};

/** The directives of a CSP as name → value. */
const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0], d.slice(d.indexOf(" ") + 1)]));

describe("createNonce", () => {
  it("gives 128 random bits in base64, different each time", () => {
    const a = createNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(new Set(Array.from({ length: 50 }, createNonce)).size).toBe(50);
  });
});

describe("pageCsp", () => {
  it("allows scripts only through the nonce and 'strict-dynamic', never inline or eval", () => {
    const d = directives(pageCsp("abc", "/", http));
    expect(d.get("script-src")).toBe("'self' 'nonce-abc' 'strict-dynamic'");
    expect(d.get("style-src")).toBe(`'self' 'nonce-abc' ${TOAST_STYLE_HASHES.join(" ")}`);
    expect(d.get("style-src-attr")).toBe("'unsafe-inline'");
    expect(d.get("object-src")).toBe("'none'");
    expect(d.get("base-uri")).toBe("'none'");
    expect(d.get("form-action")).toBe("'self'");
    expect(d.get("frame-ancestors")).toBe("'none'");
    expect(d.get("default-src")).toBe("'self'");
    expect(d.has("upgrade-insecure-requests")).toBe(false);
    expect(pageCsp("abc", "/", http)).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it("upgrades insecure requests over HTTPS", () => {
    expect(directives(pageCsp("n", "/", https)).has("upgrade-insecure-requests")).toBe(true);
  });

  it("adds eval for scripts and inline styles only under next dev", () => {
    const d = directives(pageCsp("n", "/", { ...http, dev: true }));
    expect(d.get("script-src")).toBe("'self' 'nonce-n' 'strict-dynamic' 'unsafe-eval'");
    expect(d.get("style-src")).toBe("'self' 'unsafe-inline'");
  });
});

describe("TOAST_STYLE_HASHES", () => {
  it("match the stylesheet the installed toast library inserts (empty, then filled)", () => {
    const entry = createRequire(import.meta.url).resolve("sonner");
    const source = readFileSync(entry.replace(/index\.js$/, "index.mjs"), "utf8");
    const literal = /__insertCSS\(("(?:[^"\\]|\\.)*")\)/.exec(source)?.[1];
    expect(literal, "sonner no longer inserts its CSS with __insertCSS").toBeTruthy();
    const hash = (css: string) => `'sha256-${createHash("sha256").update(css).digest("base64")}'`;
    expect(TOAST_STYLE_HASHES).toEqual([hash(""), hash(JSON.parse(literal as string))]);
  });
});

describe("frameAncestors", () => {
  it("lets no site frame any page by default, the status page included", () => {
    for (const p of ["/", "/actions", "/status", "/status/payments", "/login"])
      expect(frameAncestors(p, http)).toBe("'none'");
  });

  it("lets the listed origins frame the status page only, when the operator opts in", () => {
    expect(frameAncestors("/status", framedStatus)).toBe("https://intranet.example.com https://*.example.org");
    expect(frameAncestors("/status/payments", framedStatus)).toBe("https://intranet.example.com https://*.example.org");
    for (const p of ["/", "/actions", "/statuses", "/services/status", "/api/v1/status"])
      expect(frameAncestors(p, framedStatus)).toBe("'none'");
  });
});

describe("securityHeaders", () => {
  it("sends the page policy, DENY, nosniff, same-origin referrers and no powerful features on pages", () => {
    const h = securityHeaders("/actions", "n0nce", http);
    expect(h["content-security-policy"]).toBe(pageCsp("n0nce", "/actions", http));
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("same-origin");
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"])
      expect(h["permissions-policy"]).toContain(`${feature}=()`);
    expect(h["cache-control"]).toBeUndefined();
  });

  it("sends a policy that allows nothing, DENY, nosniff and no-store on API responses", () => {
    for (const p of ["/api/v1/me", "/api/healthz", "/api/auth/session"]) {
      const h = securityHeaders(p, null, http);
      expect(h).toMatchObject({
        "content-security-policy": API_CSP,
        "x-frame-options": "DENY",
        "x-content-type-options": "nosniff",
        "cache-control": "no-store",
      });
    }
    expect(API_CSP).toContain("frame-ancestors 'none'");
  });

  it("sends HSTS only over HTTPS", () => {
    expect(securityHeaders("/", "n", http)["strict-transport-security"]).toBeUndefined();
    expect(securityHeaders("/", "n", https)["strict-transport-security"]).toMatch(/^max-age=31536000/);
    expect(securityHeaders("/api/v1/me", null, https)["strict-transport-security"]).toMatch(/^max-age=31536000/);
  });

  it("leaves out X-Frame-Options where the status page may be framed, and only there", () => {
    const status = securityHeaders("/status", "n", framedStatus);
    expect(status["x-frame-options"]).toBeUndefined();
    expect(directives(status["content-security-policy"]).get("frame-ancestors")).toBe(
      "https://intranet.example.com https://*.example.org",
    );
    expect(securityHeaders("/", "n", framedStatus)["x-frame-options"]).toBe("DENY");
    expect(securityHeaders("/status", "n", http)["x-frame-options"]).toBe("DENY");
  });

  it("gives the status page a policy with no script, only its own stylesheet by hash, and lets shared caches keep its data", () => {
    const d = directives(securityHeaders("/status", "n", framedStatus)["content-security-policy"]);
    expect(d.get("default-src")).toBe("'none'");
    expect(d.get("style-src")).toBe(STATUS_STYLE_HASH);
    expect(d.has("script-src")).toBe(false);
    expect(d.get("frame-ancestors")).toBe("https://intranet.example.com https://*.example.org");
    expect(securityHeaders("/api/v1/status", null, http)["cache-control"]).toBeUndefined();
    expect(securityHeaders("/api/v1/statuses", null, http)["cache-control"]).toBe("no-store");
  });
});
