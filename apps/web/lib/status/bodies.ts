import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { StatusPageDto } from "@opsdeck/core/status/dto";
import { securityHeaders } from "../security/headers.ts";
import { securityOptions } from "../security/options.ts";
import { renderStatusHtml } from "./render-html.ts";

/**
 * A response body kept ready to send, with its ETag, and gzipped once for the server's front
 * (server/status-front.ts). Next's route sends `raw`: Next drops a route's own Content-Encoding
 * header and compresses responses itself.
 */
export type ReadyBody = {
  raw: Uint8Array<ArrayBuffer>;
  gzip: Uint8Array<ArrayBuffer>;
  etag: string;
  headers: Record<string, string>;
};
export type StatusBodies = { page: StatusPageDto; html: ReadyBody; json: ReadyBody };

/** Anonymous clients and shared caches may keep the page briefly; changes show within seconds anyway. */
export const STATUS_CACHE_CONTROL = "public, max-age=10, stale-while-revalidate=30";

/** The security headers the proxy would set (it skips these paths), computed once per process. */
export function statusSecurityHeaders(pathname: "/status" | "/api/v1/status"): Record<string, string> {
  return securityHeaders(pathname, pathname === "/status" ? "" : null, securityOptions());
}

function ready(text: string, type: string, pathname: "/status" | "/api/v1/status"): ReadyBody {
  const raw = new TextEncoder().encode(text);
  const etag = `"${createHash("sha256").update(raw).digest("base64url").slice(0, 27)}"`;
  const headers = {
    ...statusSecurityHeaders(pathname),
    "content-type": type,
    "cache-control": STATUS_CACHE_CONTROL,
    etag,
  };
  const gzip = new Uint8Array(gzipSync(raw, { level: 9 }));
  return { raw, gzip, etag, headers };
}

/** Render once per build, so a request only picks bytes. */
export function statusBodies(page: StatusPageDto): StatusBodies {
  return {
    page,
    html: ready(renderStatusHtml(page), "text/html; charset=utf-8", "/status"),
    json: ready(JSON.stringify(page), "application/json", "/api/v1/status"),
  };
}

/** The body, or 304 when the request holds its ETag. */
export function sendReady(req: Request, body: ReadyBody): Response {
  if (req.headers.get("if-none-match") === body.etag) return new Response(null, { status: 304, headers: body.headers });
  return new Response(body.raw, { headers: body.headers });
}
