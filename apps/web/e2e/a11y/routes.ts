import { readdirSync } from "node:fs";
import path from "node:path";

const APP_DIR = path.resolve(import.meta.dirname, "../../app");

/** `signedIn`: under the `(dashboard)` group, whose layout requires a session. */
export type Route = { pattern: string; dynamic: number; regex: RegExp; signedIn: boolean };

/**
 * Every page route of the app, read from `app/**\/page.tsx` (route groups dropped): what a crawl
 * names each URL by, so that it visits one page per route and can tell which routes it never reached.
 */
export function pageRoutes(): Route[] {
  const files = readdirSync(APP_DIR, { recursive: true, encoding: "utf8" }).filter(
    (f) => path.basename(f) === "page.tsx",
  );
  return files
    .map((f) => {
      const segments = path
        .dirname(f)
        .split(path.sep)
        .filter((s) => s !== "." && !/^\(.*\)$/.test(s));
      const pattern = `/${segments.join("/")}`;
      const dynamic = segments.filter((s) => s.startsWith("[")).length;
      const source = segments.map((s) => (s.startsWith("[") ? "[^/]+" : s.replace(/[.*+?^${}()|\\]/g, "\\$&")));
      return { pattern, dynamic, regex: new RegExp(`^/${source.join("/")}/?$`), signedIn: f.startsWith("(dashboard)") };
    })
    .sort((a, b) => a.dynamic - b.dynamic); // a static segment wins over a parameter (`/incidents/new`)
}

/** The route a same-origin path belongs to, or null when it is no page (an API route, a file). */
export function routeOf(routes: Route[], pathname: string): Route | null {
  return routes.find((r) => r.regex.test(pathname)) ?? null;
}
