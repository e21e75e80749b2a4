// The Overview in Debian's Chromium, signed in: times from navigation start (the page's own clock) to
// the HTML received, to every service group in the DOM, to the last group hydrated by React (clickable,
// searchable: "fully rendered"), and to the load event. The first visit is in a new tab with the HTTP
// cache cleared, once the signed-in page's own requests have settled; the next ones reload it in that tab.
import { type Browser, chromium } from "@playwright/test";
import { percentile } from "./server-times.ts";

const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run"];

export type Visit = { html: number; tiles: number; hydrated: number; load: number; domNodes: number; htmlBytes: number; tileCount: number };
export type BrowserFigures = { cold: Visit; warm: { p50: Visit; max: Visit }; visits: number };

// Runs in the page before its scripts: every 5 ms, note when all groups are there and when the last one
// carries React's fiber (hydration walks the tree in order, so the last group is hydrated last).
// A string, not a function: tsx would wrap the inner function in a `__name` helper the page lacks.
const probe = (expected: number) => `(() => {
  window.__bench = {};
  const tick = () => {
    const tiles = document.querySelectorAll('section[aria-labelledby="health"] section[aria-label$=" checks"]');
    window.__bench.seen = tiles.length;
    if (tiles.length >= ${expected}) {
      window.__bench.tiles ??= performance.now();
      if (Object.keys(tiles[tiles.length - 1]).some((k) => k.startsWith("__reactFiber"))) {
        window.__bench.hydrated = performance.now();
        return;
      }
    }
    setTimeout(tick, 5);
  };
  setTimeout(tick, 0);
})();`;

export async function measureOverview(opts: { base: string; email: string; password: string; groups: number; visits: number }): Promise<BrowserFigures> {
  const browser: Browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const login = await context.newPage();
    await login.goto(`${opts.base}/login`);
    await login.getByLabel("Email").fill(opts.email);
    await login.getByLabel("Password").fill(opts.password);
    await login.getByRole("button", { name: "Sign in" }).click();
    await login.waitForURL((u) => !u.pathname.startsWith("/login"));
    await login.waitForTimeout(2_000);
    await login.close();
    await context.addInitScript({ content: probe(opts.groups) });
    // One tab, as a user keeps it: each visit is a fresh navigation in it (no new renderer process),
    // after the previous visit's follow-up requests have settled.
    const page = await context.newPage();
    // Signing in already loaded the Overview's scripts: clear the cache so the first visit is truly cold.
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.clearBrowserCache");
    const visits: Visit[] = [];
    for (let i = 0; i < opts.visits; i++) {
      if (i > 0) await page.waitForTimeout(2_000);
      await page.goto(`${opts.base}/`, { waitUntil: "load" });
      await page
        .waitForFunction(() => (window as unknown as { __bench: { hydrated?: number } }).__bench.hydrated, null, { timeout: 60_000 })
        .catch(async (err) => {
          const seen = await page.evaluate(() => JSON.stringify((window as unknown as { __bench: unknown }).__bench));
          throw new Error(`the Overview did not finish rendering ${opts.groups} service groups within 60 s (probe: ${seen}): ${err}`);
        });
      visits.push(
        await page.evaluate(() => {
          const b = (window as unknown as { __bench: Record<string, number> }).__bench;
          const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
          return {
            html: nav.responseEnd,
            tiles: b.tiles as number,
            hydrated: b.hydrated as number,
            load: nav.loadEventEnd,
            domNodes: document.getElementsByTagName("*").length,
            tileCount: document.querySelectorAll('[data-testid="check-tile"]').length,
            htmlBytes: nav.decodedBodySize,
          };
        }),
      );
    }
    const [cold, ...warm] = visits as [Visit, ...Visit[]];
    const pick = (q: number) => {
      const at = (k: keyof Visit) => percentile(warm.map((v) => v[k]).sort((a, b) => a - b), q);
      return { html: at("html"), tiles: at("tiles"), hydrated: at("hydrated"), load: at("load"), domNodes: at("domNodes"), htmlBytes: at("htmlBytes"), tileCount: at("tileCount") };
    };
    return { cold, warm: { p50: pick(0.5), max: pick(1) }, visits: visits.length };
  } finally {
    await browser.close();
  }
}
