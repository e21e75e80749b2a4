// The Overview at scale in Debian's Chromium: sign-in, then a first visit with the HTTP cache cleared,
// timed from navigation start (the page's own clock) to the first check tile or service group in the
// DOM and to "settled" (no request in flight for QUIET_MS, the live event stream aside); the bytes it
// took until then, and the bytes it receives over a quiet minute after (results flowing, no change);
// then a second first visit inside the same failing span, with the failing checks' tiles on screen.
import type { CDPSession, Page } from "@playwright/test";
import { launchChromium, signIn } from "../live/browser.ts";

const QUIET_MS = 1_000;
// Whatever the Overview's data path, its first check tile or service group is what a user sees first.
const FIRST = '[data-testid="check-tile"], section[aria-label$=" checks"]';

/** One first visit with the HTTP cache cleared, timed from navigation start. */
export type OverviewVisit = {
  firstTileMs: number;
  settledMs: number;
  loadedBytes: number;
  requests: number;
  /** The requests that finished last before settling: what "settled" waited for (ms from navigation start). */
  lastDone: { what: string; startMs: number; endMs: number }[];
  tiles: number;
  groups: number;
};

export type OverviewFigures = {
  signInMs: number;
  /** The first visit as the Overview was found, then one while the target's failing checks are shown. */
  visits: OverviewVisit[];
  quietBytesPerMin: number;
  /** Of the quiet minute: bytes on the event stream, and requests other than it (refetches) with their bytes. */
  quiet: {
    tiles: number;
    streamBytes: number;
    otherRequests: number;
    otherBytes: number;
    /** Requests other than the stream, by path with ids folded. */
    otherPaths: Record<string, number>;
    frames: Record<string, { n: number; chars: number }>;
  };
  /** The freshness badge's data-mode at the end (live or polling), where the page shows one. */
  mode: string | null;
};

// Runs in the page before its scripts. A string, not a function: tsx would wrap it in a helper the page lacks.
const probe = `(() => {
  // Each event stream frame by name: how many and their data's characters (as decoded, before any compression).
  window.__frames = {};
  const add = EventSource.prototype.addEventListener;
  EventSource.prototype.addEventListener = function (type, f, o) {
    return add.call(this, type, function (e) {
      const k = (window.__frames[type] ??= { n: 0, chars: 0 });
      k.n++;
      k.chars += typeof e.data === "string" ? e.data.length : 0;
      return f.call(this, e);
    }, o);
  };
  const tick = () => {
    if (document.querySelector(${JSON.stringify(FIRST)})) window.__firstTile = performance.now();
    else setTimeout(tick, 5);
  };
  setTimeout(tick, 0);
})();`;

/** Counts bytes received and tracks requests in flight (EventSource streams never finish: not counted). */
function watchNetwork(cdp: CDPSession) {
  const inFlight = new Set<string>();
  const streams = new Set<string>();
  const paths = new Map<string, number>();
  const started = new Map<string, { what: string; at: number }>();
  const log: { what: string; start: number; end: number }[] = [];
  const n = { bytes: 0, streamBytes: 0, requests: 0, lastDoneAt: Date.now(), inFlight, paths, log };
  cdp.on("Network.requestWillBeSent", (e) => {
    if (e.type === "EventSource") {
      streams.add(e.requestId);
      return;
    }
    inFlight.add(e.requestId);
    n.requests++;
    const url = new URL(e.request.url);
    const p = url.pathname.replace(/\/[a-z0-9]{20,}(?=\/|$)/g, "/{id}");
    paths.set(p, (paths.get(p) ?? 0) + 1);
    started.set(e.requestId, {
      what: `${url.pathname}${url.searchParams.has("_rsc") ? " (prefetch)" : ""}`,
      at: Date.now(),
    });
  });
  cdp.on("Network.dataReceived", (e) => {
    const b = e.encodedDataLength || e.dataLength;
    n.bytes += b;
    if (streams.has(e.requestId)) n.streamBytes += b;
  });
  const done = (e: { requestId: string }) => {
    if (!inFlight.delete(e.requestId)) return;
    n.lastDoneAt = Date.now();
    const s = started.get(e.requestId);
    if (s) log.push({ what: s.what, start: s.at, end: n.lastDoneAt });
  };
  cdp.on("Network.loadingFinished", done);
  cdp.on("Network.loadingFailed", done);
  return n;
}

type Net = ReturnType<typeof watchNetwork>;

/** A first visit: the HTTP cache cleared, then the Overview from navigation start until settled. */
async function firstVisit(page: Page, cdp: CDPSession, net: Net, base: string): Promise<OverviewVisit> {
  await page.goto("about:blank");
  await cdp.send("Network.clearBrowserCache");
  net.bytes = 0;
  net.requests = 0;
  net.log.length = 0;
  await page.goto(`${base}/`, { waitUntil: "load", timeout: 120_000 });
  await page.waitForFunction(() => (window as unknown as { __firstTile?: number }).__firstTile, null, {
    timeout: 120_000,
  });
  for (const end = Date.now() + 120_000; ; await page.waitForTimeout(50)) {
    if (net.inFlight.size === 0 && Date.now() - net.lastDoneAt >= QUIET_MS) break;
    if (Date.now() > end) throw new Error(`the Overview still had ${net.inFlight.size} requests in flight after 120 s`);
  }
  const page0 = await page.evaluate(
    (first) => ({
      origin: performance.timeOrigin,
      firstTile: (window as unknown as { __firstTile: number }).__firstTile,
      load: (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).loadEventEnd,
      tiles: document.querySelectorAll('[data-testid="check-tile"]').length,
      groups: document.querySelectorAll(first.split(", ")[1] as string).length,
    }),
    FIRST,
  );
  return {
    firstTileMs: page0.firstTile,
    settledMs: Math.max(net.lastDoneAt - page0.origin, page0.load, page0.firstTile),
    loadedBytes: net.bytes,
    requests: net.requests,
    lastDone: net.log
      .slice(-4)
      .map((r) => ({ what: r.what, startMs: r.start - page0.origin, endMs: r.end - page0.origin })),
    tiles: page0.tiles,
    groups: page0.groups,
  };
}

export async function measureOverview(o: {
  base: string;
  who: { email: string; password: string };
  quietMs: number;
  /** How long to wait after settling before the quiet minute starts (so that it holds no state change). */
  quietIn: () => number;
}): Promise<OverviewFigures> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const signInMs = await signIn(page, o.base, o.who);
    await page.waitForLoadState("load");
    await page.waitForTimeout(2_000);
    await page.goto("about:blank");
    await context.addInitScript({ content: probe });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    const net = watchNetwork(cdp);
    const found = await firstVisit(page, cdp, net, o.base);
    await page.waitForTimeout(o.quietIn());
    // A refetch still running would count half its bytes: start once none is in flight.
    for (const end = Date.now() + 30_000; net.inFlight.size > 0 && Date.now() < end; ) await page.waitForTimeout(50);
    net.bytes = 0;
    net.streamBytes = 0;
    net.requests = 0;
    net.paths.clear();
    await page.evaluate(() => {
      (window as unknown as { __frames: object }).__frames = {};
    });
    const t0 = Date.now();
    await page.waitForTimeout(o.quietMs);
    const perMin = (b: number) => b / ((Date.now() - t0) / 60_000);
    const frames = await page.evaluate(
      () => (window as unknown as { __frames: Record<string, { n: number; chars: number }> }).__frames,
    );
    const quiet = {
      quietBytesPerMin: perMin(net.bytes),
      quiet: {
        tiles: await page.locator('[data-testid="check-tile"]').count(),
        streamBytes: perMin(net.streamBytes),
        otherRequests: net.requests,
        otherBytes: perMin(net.bytes - net.streamBytes),
        otherPaths: Object.fromEntries(net.paths),
        frames,
      },
      mode: await page.evaluate(
        () => document.querySelector('[data-testid="freshness"]')?.getAttribute("data-mode") ?? null,
      ),
    };
    // Still inside the failing span: a first visit with the failing checks' tiles on screen.
    const failing = await firstVisit(page, cdp, net, o.base);
    return { signInMs, visits: [found, failing], ...quiet };
  } finally {
    await browser.close();
  }
}
