import { getToken } from "next-auth/jwt";
import { type NextRequest, NextResponse } from "next/server";
import { env } from "@/lib/env";
import { createNonce, isApiPath, securityHeaders } from "@/lib/security/headers";
import { securityOptions } from "@/lib/security/options";
import { hasMalformedEncoding } from "@/lib/http/path-encoding";
import { crossSiteRefusal, refusalResponse } from "@/lib/security/origin";

// `/ack/…`: a page's one-click acknowledgement, whose token is its credential.
const PUBLIC_PAGES = ["/login", "/setup", "/status", "/ack"];

function badPath(pathname: string): NextResponse {
  const message = "The URL's path has a malformed percent-encoding.";
  if (isApiPath(pathname)) return NextResponse.json({ error: { code: "BAD_PATH", message } }, { status: 400 });
  return new NextResponse(message, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
}

/**
 * Refuses cross-site mutations; pages need a session cookie (each page still checks the user and role
 * itself), APIs answer 401 on their own. Every response gets the security headers; pages get a fresh
 * CSP nonce, which Next reads from the request's CSP header and puts on its scripts.
 */
export async function proxy(req: NextRequest) {
  const requestId = req.headers.get("x-request-id") ?? crypto.randomUUID();
  const { pathname, search } = req.nextUrl;
  const nonce = isApiPath(pathname) ? null : createNonce();
  const security = securityHeaders(pathname, nonce, securityOptions());
  const secured = <R extends Response>(res: R): R => {
    for (const [name, value] of Object.entries(security)) res.headers.set(name, value);
    res.headers.set("x-request-id", requestId);
    return res;
  };

  // Next's router would fail on such a path with a bare 500; it names nothing that exists.
  if (hasMalformedEncoding(pathname)) return secured(badPath(pathname));
  const refusal = crossSiteRefusal(req.method, pathname, req.headers, env().NEXTAUTH_URL);
  if (refusal) return secured(refusalResponse(refusal));
  const isPublic = isApiPath(pathname) || PUBLIC_PAGES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (!isPublic) {
    const token = await getToken({ req, secret: env().NEXTAUTH_SECRET, secureCookie: securityOptions().https });
    if (!token) {
      const url = new URL("/login", req.url);
      if (pathname !== "/") url.searchParams.set("callbackUrl", pathname + search);
      return secured(NextResponse.redirect(url));
    }
  }
  const headers = new Headers(req.headers);
  headers.set("x-request-id", requestId);
  headers.set("content-security-policy", security["content-security-policy"]);
  if (nonce) headers.set("x-nonce", nonce);
  return secured(NextResponse.next({ request: { headers } }));
}

export const config = {
  // The status page and its JSON are public, read-only and set their own headers (lib/status/bodies.ts):
  // a crowd reading them should not pay for this function on every request.
  matcher: ["/((?!_next/static|_next/image|icon.svg|favicon.ico|fonts/|status$|api/v1/status$).*)"],
};
