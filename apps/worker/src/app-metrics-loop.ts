import { scrapeAppMetrics } from "@opsdeck/core/app-metrics/scrape";
import type { Db } from "@opsdeck/db";
import { log } from "./log.ts";
import { startPeriodic } from "./periodic.ts";

/** Scrape every service's Prometheus metrics endpoint every `seconds` (each by one worker per interval). */
export function startAppMetrics(db: Db, seconds: number, secretKey: Buffer | undefined) {
  const failing = new Set<string>();
  // Below the interval, so a slow endpoint never holds up the next round.
  const timeoutMs = Math.min(10_000, Math.max(1_000, seconds * 500));
  return startPeriodic("app metrics scraping", seconds, async () => {
    const r = await scrapeAppMetrics({ db, deps: { secretKey, intervalSeconds: seconds, timeoutMs } });
    // A service's fault is on its metrics panel; the log says when it starts and stops failing.
    for (const slug of r.failed)
      if (!failing.has(slug)) log("warn", "app metrics: a service's endpoint failed its scrape", { slug });
    for (const slug of r.scraped)
      if (failing.has(slug)) log("info", "app metrics: a service's endpoint scraped again", { slug });
    for (const slug of r.scraped) failing.delete(slug);
    for (const slug of r.failed) failing.add(slug);
  });
}
