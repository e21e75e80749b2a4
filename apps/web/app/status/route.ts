import { sendReady, statusSecurityHeaders } from "@/lib/status/bodies";
import { statusPage } from "@/lib/status/cache";

export const dynamic = "force-dynamic";

const UNAVAILABLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="30"><title>Service status</title></head><body><p>The status page is unavailable for a moment. It will retry on its own.</p></body></html>`;

/**
 * The public status page (no sign-in): a route handler, not a React page, so each request sends
 * HTML rendered once per change from the process's cache, with no per-request render or query.
 */
export async function GET(req: Request): Promise<Response> {
  try {
    return sendReady(req, (await statusPage()).html);
  } catch (err) {
    console.error(JSON.stringify({ level: "error", msg: "status page unavailable", err: String(err) }));
    return new Response(UNAVAILABLE, {
      status: 503,
      headers: {
        ...statusSecurityHeaders("/status"),
        "content-type": "text/html; charset=utf-8",
        "cache-control": "no-store",
        "retry-after": "30",
      },
    });
  }
}
