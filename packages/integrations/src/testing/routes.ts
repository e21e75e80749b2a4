import type { Incoming, Reply } from "./contract-server.ts";

export interface Route {
  method: string;
  /** Anchored path pattern; capture groups become `params`. */
  pattern: RegExp;
  handle: (req: Incoming, params: string[]) => Reply | Promise<Reply>;
}

/** Finds the route for a request; a known path with the wrong method is the provider's 405. */
export function dispatch(
  routes: readonly Route[],
  req: Incoming,
  notFound: () => Reply,
  wrongMethod: (allowed: string) => Reply,
): Reply | Promise<Reply> {
  const onPath = routes.filter((r) => r.pattern.test(req.path));
  const route = onPath.find((r) => r.method === req.method);
  if (route) return route.handle(req, (req.path.match(route.pattern) ?? []).slice(1).map(decodeURIComponent));
  if (onPath.length) return wrongMethod(onPath.map((r) => r.method).join(", "));
  return notFound();
}

export function bearerToken(req: Incoming): string | null {
  const header = req.headers.authorization;
  const match = typeof header === "string" ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1] ?? null;
}
