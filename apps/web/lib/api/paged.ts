import "server-only";
import { json } from "./respond.ts";

/**
 * A list's answer: the body as it always was (a bare array stays one), and the next page's cursor in
 * `X-Next-Cursor` and a `Link: <…>; rel="next"` header (the same request with `cursor` set) while more follow.
 */
export function pagedJson(req: Request, body: unknown, next: string | null): Response {
  if (!next) return json(body);
  const url = new URL(req.url);
  url.searchParams.set("cursor", next);
  return json(body, 200, { "x-next-cursor": next, link: `<${url.pathname}${url.search}>; rel="next"` });
}
