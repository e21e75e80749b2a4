import { describe, expect, it } from "vitest";
import { crossSiteRefusal, isCrossSite, refusalResponse } from "./origin.ts";

const APP = "https://ops.example.com";
const h = (headers: Record<string, string>) => new Headers({ host: "ops.example.com", ...headers });

describe("isCrossSite", () => {
  it("accepts the app's own origin and the host the request was sent to", () => {
    expect(isCrossSite(h({ origin: APP }), APP)).toBe(false);
    expect(isCrossSite(h({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }), undefined)).toBe(false);
    expect(isCrossSite(h({ origin: "https://ops.example.com", host: "web:3000", "x-forwarded-host": "ops.example.com" }), undefined)).toBe(false);
  });

  it("refuses another site, another port or scheme's host, an opaque origin and garbage", () => {
    for (const origin of ["https://evil.example", "https://ops.example.com.evil.example", "http://ops.example.com:8080", "null", "not a url"]) {
      expect(isCrossSite(h({ origin }), APP), origin).toBe(true);
    }
  });

  it("without an Origin, trusts the browser's Sec-Fetch-Site", () => {
    expect(isCrossSite(h({}), APP)).toBe(false);
    expect(isCrossSite(h({ "sec-fetch-site": "same-origin" }), APP)).toBe(false);
    expect(isCrossSite(h({ "sec-fetch-site": "cross-site" }), APP)).toBe(true);
  });
});

describe("crossSiteRefusal", () => {
  const evil = { origin: "https://evil.example" };

  it("refuses cross-site API mutations that rely on the session cookie", () => {
    for (const method of ["POST", "PATCH", "PUT", "DELETE"]) {
      expect(crossSiteRefusal(method, "/api/v1/checks/c1/run", h({ ...evil, cookie: "next-auth.session-token=x" }), APP)).toBe("api");
    }
    expect(crossSiteRefusal("POST", "/api/v1/services", h({ origin: APP }), APP)).toBeNull();
  });

  it("lets Bearer-token calls through, with or without an Origin", () => {
    expect(crossSiteRefusal("POST", "/api/v1/services", h({ authorization: "Bearer odk_x" }), APP)).toBeNull();
    expect(crossSiteRefusal("DELETE", "/api/v1/services/a", h({ authorization: "bearer odk_x", ...evil }), APP)).toBeNull();
  });

  it("refuses cross-site server actions and form posts to pages", () => {
    expect(crossSiteRefusal("POST", "/actions", h({ ...evil, "next-action": "abc" }), APP)).toBe("page");
    expect(crossSiteRefusal("POST", "/settings/users", h(evil), APP)).toBe("page");
    expect(crossSiteRefusal("POST", "/settings/users", h({ origin: APP }), APP)).toBeNull();
  });

  it("leaves reads, next-auth (its own CSRF token) and public heartbeat pings alone", () => {
    expect(crossSiteRefusal("GET", "/api/v1/me", h(evil), APP)).toBeNull();
    expect(crossSiteRefusal("HEAD", "/", h(evil), APP)).toBeNull();
    expect(crossSiteRefusal("POST", "/api/auth/callback/oidc", h(evil), APP)).toBeNull();
    expect(crossSiteRefusal("POST", "/api/ping/token", h(evil), APP)).toBeNull();
  });
});

describe("refusalResponse", () => {
  it("answers API calls with 403 in the API's error shape", async () => {
    const res = refusalResponse("api");
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: { code: "FORBIDDEN", message: expect.stringMatching(/cross-site/i) } });
  });

  it("answers pages and server actions with a plain 403", async () => {
    const res = refusalResponse("page");
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/cross-site/i);
  });
});
