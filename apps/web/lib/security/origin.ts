/** Cross-site request refusal: the CSRF rule the proxy applies before any route or server action runs. */

import { isApiPath } from "./headers.ts";

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Whether the request comes from another site: its Origin is neither this app's public origin nor the
 * host it was sent to (the comparison Next makes for server actions). Without an Origin, browsers
 * still say so in Sec-Fetch-Site; a client that sends neither carries no browser's cookies by accident.
 */
export function isCrossSite(headers: Headers, appOrigin: string | undefined): boolean {
  const origin = headers.get("origin");
  if (origin === null) return headers.get("sec-fetch-site") === "cross-site";
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return true;
  }
  if (url.origin === "null") return true;
  if (appOrigin && url.origin === new URL(appOrigin).origin) return false;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  return url.host !== host;
}

export type Refusal = "api" | "page";

/**
 * What a cross-site request would reach, when it must be refused: an `/api/v1` mutation that relies on
 * the session cookie ("api"; Bearer tokens are not sent by browsers on their own), or a server action
 * or form post to a page ("page"). next-auth checks its own CSRF token, and heartbeat pings are public.
 */
export function crossSiteRefusal(method: string, pathname: string, headers: Headers, appOrigin: string | undefined): Refusal | null {
  if (!MUTATING.has(method.toUpperCase())) return null;
  const bearer = headers.get("authorization")?.toLowerCase().startsWith("bearer ") ?? false;
  const target: Refusal | null =
    pathname === "/api/v1" || pathname.startsWith("/api/v1/") ? (bearer ? null : "api") : isApiPath(pathname) ? null : "page";
  return target && isCrossSite(headers, appOrigin) ? target : null;
}

/** The refusal: the API's error shape for API calls, plain text for pages and server actions. */
export function refusalResponse(refusal: Refusal): Response {
  const message = "Cross-site request refused: its Origin is not this app.";
  if (refusal === "api") return Response.json({ error: { code: "FORBIDDEN", message } }, { status: 403 });
  return new Response(message, { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
}
