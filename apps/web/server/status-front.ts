import type { IncomingMessage, ServerResponse } from "node:http";
import type { ReadyBody, StatusBodies } from "../lib/status/bodies.ts";

const PATHS = { "/status": "html", "/api/v1/status": "json" } as const;

/**
 * Answers GET and HEAD of `/status` and `/api/v1/status` (without a query) from the process's cached,
 * pre-gzipped bytes, before Next.js sees the request: a launch-day crowd costs a lookup and a write
 * per request. Returns false for every other request, and when the page cannot be read, so that
 * Next.js answers those (its route says the page is unavailable).
 */
export async function serveStatus(
  req: IncomingMessage,
  res: ServerResponse,
  statusPage: () => Promise<StatusBodies>,
): Promise<boolean> {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const which = PATHS[(req.url ?? "") as keyof typeof PATHS];
  if (!which) return false;
  let body: ReadyBody;
  try {
    body = (await statusPage())[which];
  } catch {
    return false;
  }
  send(req, res, body);
  return true;
}

function send(req: IncomingMessage, res: ServerResponse, body: ReadyBody): void {
  const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  // The gzipped bytes are another representation of the same page: a weak validator for them.
  const etag = gzip ? `W/${body.etag}` : body.etag;
  const headers: Record<string, string> = { ...body.headers, etag, vary: "Accept-Encoding" };
  const held = String(req.headers["if-none-match"] ?? "");
  if (held.split(",").some((t) => t.trim().replace(/^W\//, "") === body.etag)) {
    res.writeHead(304, headers).end();
    return;
  }
  const bytes = gzip ? body.gzip : body.raw;
  if (gzip) headers["content-encoding"] = "gzip";
  headers["content-length"] = String(bytes.byteLength);
  res.writeHead(200, headers);
  res.end(req.method === "HEAD" ? undefined : bytes);
}
