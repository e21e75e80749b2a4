import { createHash } from "node:crypto";
import type { StatusPageDto } from "@opsdeck/core/status/dto";
import { renderStatusHtml } from "./render-html.ts";

/**
 * A response body kept ready to send, with its ETag. Not gzipped here: Next drops a route's own
 * Content-Encoding header and compresses responses itself.
 */
export type ReadyBody = { raw: Uint8Array<ArrayBuffer>; etag: string; type: string };
export type StatusBodies = { page: StatusPageDto; html: ReadyBody; json: ReadyBody };

/** Anonymous clients and shared caches may keep the page briefly; changes show within seconds anyway. */
export const STATUS_CACHE_CONTROL = "public, max-age=10, stale-while-revalidate=30";

function ready(text: string, type: string): ReadyBody {
  const raw = new TextEncoder().encode(text);
  return { raw, etag: `"${createHash("sha256").update(raw).digest("base64url").slice(0, 27)}"`, type };
}

/** Render once per build, so a request only picks bytes. */
export function statusBodies(page: StatusPageDto): StatusBodies {
  return {
    page,
    html: ready(renderStatusHtml(page), "text/html; charset=utf-8"),
    json: ready(JSON.stringify(page), "application/json"),
  };
}

/** The body, or 304 when the request holds its ETag. */
export function sendReady(req: Request, body: ReadyBody): Response {
  const headers = { "content-type": body.type, "cache-control": STATUS_CACHE_CONTROL, etag: body.etag };
  if (req.headers.get("if-none-match") === body.etag) return new Response(null, { status: 304, headers });
  return new Response(body.raw, { headers });
}
