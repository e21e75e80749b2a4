import { getToken } from "next-auth/jwt";
import { type NextRequest, NextResponse } from "next/server";

const PUBLIC_PAGES = ["/login", "/setup", "/status"];

/** Pages need a session cookie (each page still checks the user and role itself); APIs answer 401 on their own. */
export async function proxy(req: NextRequest) {
  const requestId = req.headers.get("x-request-id") ?? crypto.randomUUID();
  const headers = new Headers(req.headers);
  headers.set("x-request-id", requestId);
  const { pathname, search } = req.nextUrl;
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
