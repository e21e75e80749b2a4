import { getToken } from "next-auth/jwt";
import { type NextRequest, NextResponse } from "next/server";
import { hasMalformedEncoding } from "./lib/http/path-encoding";

const PUBLIC_PAGES = ["/login", "/setup", "/status"];

function badPath(pathname: string, requestId: string): NextResponse {
  const message = "The URL's path has a malformed percent-encoding.";
  const headers = { "x-request-id": requestId, "cache-control": "no-store" };
  if (pathname.startsWith("/api/")) return NextResponse.json({ error: { code: "BAD_PATH", message } }, { status: 400, headers });
  return new NextResponse(message, { status: 400, headers: { ...headers, "content-type": "text/plain; charset=utf-8" } });
}

/** Pages need a session cookie (each page still checks the user and role itself); APIs answer 401 on their own. */
export async function proxy(req: NextRequest) {
  const requestId = req.headers.get("x-request-id") ?? crypto.randomUUID();
  const headers = new Headers(req.headers);
  headers.set("x-request-id", requestId);
  const { pathname, search } = req.nextUrl;
  // Next's router would fail on such a path with a bare 500; it names nothing that exists.
  if (hasMalformedEncoding(pathname)) return badPath(pathname, requestId);
  const isPublic = pathname.startsWith("/api/") || PUBLIC_PAGES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (!isPublic) {
    const token = await getToken({ req, secret: process.env.NEXTAUTH_SECRET });
    if (!token) {
      const url = new URL("/login", req.url);
      if (pathname !== "/") url.searchParams.set("callbackUrl", pathname + search);
      return NextResponse.redirect(url);
    }
  }
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("x-request-id", requestId);
  return res;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|icon.svg|favicon.ico|fonts/).*)"],
};
