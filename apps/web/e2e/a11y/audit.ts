import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** WCAG 2.1 A and AA: what the crawl holds every page to. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const BLOCKING = new Set(["serious", "critical"]);
/** What a change of colour scheme alone can break: a dark pass runs only these. */
export const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/**
 * `only`: run just these axe rules; `extra`: rules to add (WCAG 2.2's target-size on a phone);
 * `skip`: rules a page is known to break on purpose; `reflow`: the page must not scroll sideways
 * (what a phone needs: WCAG 1.4.10); `zoom`: nor at the desktop's viewport halved, which is what a
 * browser zoomed to 200 % lays the page out in (text twice as large: WCAG 1.4.4).
 */
export type AuditOptions = { only?: string[]; extra?: string[]; skip?: string[]; reflow?: boolean; zoom?: boolean };

/** How far the page scrolls sideways, in CSS pixels. */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/**
 * The page's blocking problems: axe violations of impact serious or critical, and a page without
 * exactly one h1 or one main landmark. Each names the page, the rule and up to three elements.
 */
export async function auditPage(page: Page, label: string, options: AuditOptions = {}): Promise<string[]> {
  const problems: string[] = [];
  const h1 = await page.locator("h1").count();
  if (h1 !== 1) problems.push(`${label}: ${h1} h1 elements, want exactly one`);
  const main = await page.locator("main, [role=main]").count();
  if (main !== 1) problems.push(`${label}: ${main} main landmarks, want exactly one`);
  if (options.reflow) {
    const overflow = await sideways(page);
    if (overflow > 1) problems.push(`${label}: the page scrolls sideways by ${overflow} px`);
  }
  const size = page.viewportSize();
  if (options.zoom && size) {
    await page.setViewportSize({ width: Math.round(size.width / 2), height: Math.round(size.height / 2) });
    // Charts take their width from a resize observer: give them a moment to follow the new width.
    await page
      .waitForFunction(() => document.documentElement.scrollWidth - window.innerWidth <= 1, null, { timeout: 2_000 })
      .catch(() => {});
    const overflow = await sideways(page);
    await page.setViewportSize(size);
    if (overflow > 1) problems.push(`${label}: at 200 % the page scrolls sideways by ${overflow} px`);
  }
  const axe = new AxeBuilder({ page });
  if (options.only) axe.withRules(options.only);
  else
    axe.options({
      runOnly: { type: "tag", values: TAGS },
      rules: Object.fromEntries((options.extra ?? []).map((r) => [r, { enabled: true }])),
    });
  if (options.skip) axe.disableRules(options.skip);
  const { violations } = await axe.analyze();
  for (const v of violations) {
    if (!v.impact || !BLOCKING.has(v.impact)) continue;
    const where = v.nodes
      .slice(0, 3)
      .map((n) => `    ${n.target.join(" ")}: ${(n.failureSummary ?? "").split("\n").slice(1).join(" ").trim()}`)
      .join("\n");
    problems.push(`${label}: [${v.impact}] ${v.id} (${v.nodes.length}×) ${v.help}\n${where}`);
  }
  return problems;
}

/**
 * Light, then dark on the same load: the app follows the system scheme, so emulating it flips the
 * page without a reload. A dark pass checks colours only (the scheme changes nothing else).
 */
export async function auditBothSchemes(page: Page, label: string, options: AuditOptions = {}): Promise<string[]> {
  await page.emulateMedia({ colorScheme: "light" });
  const problems = await auditPage(page, `${label} light`, options);
  const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: "dark" });
  const switched = await page
    .waitForFunction((bg) => getComputedStyle(document.body).backgroundColor !== bg, lightBackground, {
      timeout: 5_000,
    })
    .then(() => true)
    .catch(() => false);
  if (!switched) return [...problems, `${label}: the page did not turn dark with the system scheme`];
  problems.push(...(await auditPage(page, `${label} dark`, { only: COLOUR_RULES, skip: options.skip })));
  await page.emulateMedia({ colorScheme: "light" });
  return problems;
}

/** Same-origin links on the page, without their fragment; downloads left out. */
export async function linksOn(page: Page): Promise<URL[]> {
  const origin = new URL(page.url()).origin;
  const hrefs = await page.$$eval("a[href]:not([download])", (as) => as.map((a) => (a as HTMLAnchorElement).href));
  return hrefs
    .map((h) => new URL(h))
    .filter((u) => u.origin === origin)
    .map((u) => {
      u.hash = "";
      return u;
    });
}

/** Open `url` and wait until it has rendered its heading (client pages fill in after hydration). */
export async function open(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: "load" });
  await page
    .locator("h1")
    .first()
    .waitFor({ state: "visible", timeout: 10_000 })
    .catch(() => {});
  await page.evaluate(() => document.fonts.ready);
}
