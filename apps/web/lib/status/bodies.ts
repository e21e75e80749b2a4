import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { StatusPageDto } from "@opsdeck/core/status/dto";
import { renderStatusHtml } from "./render-html.ts";

/** A response body kept ready to send: as is and gzipped, with its ETag. */
export type ReadyBody = { raw: Buffer; gzip: Buffer; etag: string; type: string };
export type StatusBodies = { page: StatusPageDto; html: ReadyBody; json: ReadyBody };

/** Anonymous clients and shared caches may keep the page briefly; changes show within seconds anyway. */
export const STATUS_CACHE_CONTROL = "public, max-age=10, stale-while-revalidate=30";

function ready(text: string, type: string): ReadyBody {
  const raw = Buffer.from(text);
  return {
    raw,
    gzip: gzipSync(raw),
    etag: `"${createHash("sha256").update(raw).digest("base64url").slice(0, 27)}"`,
    type,
  };
}

/** Render and compress once per build, so a request only picks bytes. */
export function statusBodies(page: StatusPageDto): StatusBodies {
  return {
    page,
    html: ready(renderStatusHtml(page), "text/html; charset=utf-8"),
    json: ready(JSON.stringify(page), "application/json"),
  };
}

/** The body as the request can take it: 304 when it holds this ETag, gzipped when it accepts that. */
export function sendReady(req: Request, body: ReadyBody): Response {
  const headers: Record<string, string> = {
    "content-type": body.type,
    "cache-control": STATUS_CACHE_CONTROL,
    etag: body.etag,
    vary: "accept-encoding",
  };
  if (req.headers.get("if-none-match") === body.etag) return new Response(null, { status: 304, headers });
  const gzip = /\bgzip\b/.test(req.headers.get("accept-encoding") ?? "");
  if (gzip) headers["content-encoding"] = "gzip";
  return new Response(new Uint8Array(gzip ? body.gzip : body.raw), { headers });
}
