import { type APIRequestContext, expect, test } from "@playwright/test";
import { type AuditOptions, auditBothSchemes, open } from "./a11y/audit";
import { crawl, revisit } from "./a11y/crawl";
import { pageRoutes } from "./a11y/routes";
import { ADMIN, signIn } from "./helpers";

// One browser context per width, pages one after another, each audited in light and then in dark:
// the desktop pass crawls, the phone pass revisits what it found (or crawls itself when run alone)
// and adds WCAG 2.2's 24 px touch targets and reflow (no sideways scrolling at 390 px); the desktop
// pass also lays each page out at 200 % (its viewport halved) and finds no sideways scrolling there.

const routes = pageRoutes();
/** Signed out: the pages outside the dashboard, and the status page (a cached document, not a page route). */
const PUBLIC_PATHS = [...routes.filter((r) => !r.signedIn && r.dynamic === 0).map((r) => r.pattern), "/status"];
/**
 * The status page reloads itself every minute (it has no script, so a meta refresh is how it stays
 * current); it holds nothing a reload could lose, and staying live is what it is for.
 */
const PAGE_SKIPS: Record<string, string[]> = { "/status": ["meta-refresh"] };

const PASSES: { width: string; viewport: { width: number; height: number }; audit: AuditOptions }[] = [
  { width: "desktop", viewport: { width: 1280, height: 900 }, audit: { zoom: true } },
  { width: "phone", viewport: { width: 390, height: 844 }, audit: { extra: ["target-size"], reflow: true } },
];

let found: Map<string, string> | null = null;

/** A postmortem and an action run exist, so the crawl finds a page of each (the demo has neither). */
async function detailData(api: APIRequestContext, origin: string) {
  const incidents: { postmortemId: string | null }[] = await (await api.get("/api/v1/incidents?status=all")).json();
  if (!incidents.some((i) => i.postmortemId)) {
    const declared = await api.post("/api/v1/incidents", {
      data: { title: "Accessibility crawl incident", severity: "P3", services: ["api"] },
    });
    const { number } = await declared.json();
    expect((await api.post(`/api/v1/incidents/${number}/resolve`)).status()).toBe(200);
    expect((await api.post(`/api/v1/incidents/${number}/postmortem`)).status()).toBe(201);
  }
  const runs: unknown[] = await (await api.get("/api/v1/actions")).json();
  if (runs.length === 0) {
    const targets: { id: string; kind: string }[] = await (await api.get("/api/v1/targets")).json();
    const database = targets.find((t) => t.kind === "POSTGRES");
    const res = await api.post("/api/v1/actions", {
      data: { kind: "BACKUP", targetId: database?.id },
      headers: { origin },
    });
    expect(res.status()).toBe(202);
  }
}

for (const { width, viewport, audit } of PASSES) {
  test(`every page an admin can open, and the public ones, pass WCAG 2.1 AA in light and dark (${width})`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    const tag = `[${width}]`;
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of PUBLIC_PATHS) {
      await open(page, path);
      if (new URL(page.url()).pathname !== path) continue; // closed (the setup page once a user exists)
      problems.push(...(await auditBothSchemes(page, `${tag} ${path}`, { ...audit, skip: PAGE_SKIPS[path] })));
    }
    await signIn(page, ADMIN);
    if (found) {
      problems.push(...(await revisit(page, found.values(), tag, audit)));
    } else {
      await detailData(page.request, baseURL as string);
      const result = await crawl(page, routes, "/", tag, audit);
      found = result.visited;
      problems.push(...result.problems);
      // A phone's navigation sits behind its menu button, so only the desktop crawl can reach every page.
      const unreached = routes.filter((r) => r.signedIn && !result.visited.has(r.pattern)).map((r) => r.pattern);
      if (width === "desktop")
        expect.soft(unreached, "pages no link led to: link them, or give the crawl data that shows one").toEqual([]);
    }
    await context.close();
    expect(problems, problems.join("\n")).toEqual([]);
  });
}
