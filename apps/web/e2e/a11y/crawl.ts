import type { Page } from "@playwright/test";
import { type AuditOptions, auditBothSchemes, linksOn, open } from "./audit";
import { type Route, routeOf } from "./routes";

/** Enough for every route of the app with room to grow; a runaway crawl stops here. */
const MAX_PAGES = 120;

export type CrawlResult = { visited: Map<string, string>; problems: string[] };

/**
 * Breadth-first over same-origin links from `start`, one page per route (the first URL found for
 * it: a service, an incident, a run...), auditing each page on the way.
 */
export async function crawl(
  page: Page,
  routes: Route[],
  start: string,
  label: string,
  options: AuditOptions = {},
): Promise<CrawlResult> {
  const visited = new Map<string, string>(); // route pattern → the path visited for it
  const problems: string[] = [];
  const queue = [start];
  while (queue.length > 0 && visited.size < MAX_PAGES) {
    const url = queue.shift() as string;
    const route = routeOf(routes, new URL(url, "http://x").pathname);
    if (!route || visited.has(route.pattern)) continue;
    visited.set(route.pattern, url);
    await open(page, url);
    problems.push(...(await auditBothSchemes(page, `${label} ${url}`, options)));
    for (const link of await linksOn(page)) {
      const next = routeOf(routes, link.pathname);
      if (next && !visited.has(next.pattern)) queue.push(link.pathname + link.search);
    }
  }
  return { visited, problems };
}

/** The same pages again (another width): no discovery, the audit only. */
export async function revisit(
  page: Page,
  paths: Iterable<string>,
  label: string,
  options: AuditOptions,
): Promise<string[]> {
  const problems: string[] = [];
  for (const url of paths) {
    await open(page, url);
    problems.push(...(await auditBothSchemes(page, `${label} ${url}`, options)));
  }
  return problems;
}
