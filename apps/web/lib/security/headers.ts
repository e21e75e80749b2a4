/** Security headers for every response that passes through the proxy. Pure, so the policy is unit-tested. */
import { STATUS_STYLE_HASH } from "../status/style.ts";

export type SecurityOptions = {
  /** Served over HTTPS (NEXTAUTH_URL is https://): adds HSTS and upgrade-insecure-requests. */
  https: boolean;
  /** `next dev`: React reconstructs server errors with eval and injects styles without a nonce. */
  dev: boolean;
  /** Origins allowed to frame the public status page; empty means no site may frame it. */
  statusFrameAncestors: string[];
};

const PERMISSIONS_OFF = [
  "accelerometer",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "idle-detection",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "serial",
  "usb",
];

/**
 * The toast library (sonner) adds its stylesheet as a <style> element it creates itself, with no way to
 * give it a nonce: its two states (empty, then its CSS) are allowed by hash. headers.test.ts recomputes
 * the hash from the installed package, so an upgrade that changes the CSS fails there, not in a browser.
 */
export const TOAST_STYLE_HASHES = [
  "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='",
  "'sha256-StEaX+se6YS7pqjzrzMIA0KaX9zF/8zAhvQXZAe5epY='",
];

export const PERMISSIONS_POLICY = PERMISSIONS_OFF.map((f) => `${f}=()`).join(", ");
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";
export const HSTS = "max-age=31536000; includeSubDomains";

/** A fresh base64 nonce of 128 random bits. */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

export const isApiPath = (pathname: string) => pathname === "/api" || pathname.startsWith("/api/");
const STATUS_PAGE = "/status";
/** Cached for anonymous clients by its route (`lib/status/bodies.ts`), unlike the rest of the API. */
const STATUS_API = "/api/v1/status";
const isStatusPath = (pathname: string) => pathname === STATUS_PAGE || pathname.startsWith(`${STATUS_PAGE}/`);

/** Who may frame `pathname`: nobody, except the status page when the operator lists origins for it. */
export function frameAncestors(pathname: string, opts: Pick<SecurityOptions, "statusFrameAncestors">): string {
  if (isStatusPath(pathname) && opts.statusFrameAncestors.length > 0) return opts.statusFrameAncestors.join(" ");
  return "'none'";
}

/** The page policy: scripts only through the nonce (and what they load, 'strict-dynamic'), nothing from other origins. */
export function pageCsp(nonce: string, pathname: string, opts: SecurityOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    // Style elements need the nonce. Style attributes stay allowed: React and recharts render
    // `style="…"` on the server (chart sizes, bar widths), and attributes cannot run script.
    opts.dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}' ${TOAST_STYLE_HASHES.join(" ")}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors(pathname, opts)}`,
  ];
  if (opts.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** The status page is one cached document with no script: it may load its own stylesheet (by hash) and icon. */
export function statusPageCsp(opts: SecurityOptions): string {
  const directives = [
    "default-src 'none'",
    `style-src ${STATUS_STYLE_HASH}`,
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors(STATUS_PAGE, opts)}`,
  ];
  if (opts.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

export type SecurityHeaders = Record<string, string> & { "content-security-policy": string };

/**
 * The response headers for `pathname`. Pages get the nonce policy; API responses (no nonce) are never
 * rendered as documents, so they get a policy that allows nothing, and are never cached.
 */
export function securityHeaders(pathname: string, nonce: string | null, opts: SecurityOptions): SecurityHeaders {
  const ancestors = frameAncestors(pathname, opts);
  const headers: SecurityHeaders = {
    "content-security-policy":
      nonce === null || isApiPath(pathname)
        ? API_CSP
        : pathname === STATUS_PAGE
          ? statusPageCsp(opts)
          : pageCsp(nonce, pathname, opts),
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "permissions-policy": PERMISSIONS_POLICY,
  };
  // X-Frame-Options cannot name origins; where frame-ancestors lists some, it is left out.
  if (ancestors === "'none'") headers["x-frame-options"] = "DENY";
  // The event stream also must not be compressed: a compressor holds events back until its buffer fills.
  if (isApiPath(pathname) && pathname !== STATUS_API)
    headers["cache-control"] = pathname === "/api/v1/events" ? "no-store, no-transform" : "no-store";
  if (opts.https) headers["strict-transport-security"] = HSTS;
  return headers;
}
