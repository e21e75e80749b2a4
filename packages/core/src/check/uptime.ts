import type { RollupPeriod } from "@opsdeck/db";

const H = 3_600_000;
const D = 24 * H;

/**
 * The uptime windows shown for a check, each read from hour or day rollups: a window starts at the
 * bucket holding its start, so it covers up to one bucket more (24 h is the last 24–25 hours).
 */
export const UPTIME_WINDOWS = [
  { key: "h24", ms: D, period: "HOUR" },
  { key: "d7", ms: 7 * D, period: "HOUR" },
  { key: "d30", ms: 30 * D, period: "HOUR" },
  { key: "d90", ms: 90 * D, period: "DAY" },
] as const satisfies readonly { key: string; ms: number; period: RollupPeriod }[];

export type UptimeKey = (typeof UPTIME_WINDOWS)[number]["key"];
export type Uptime = Record<UptimeKey, number | null>;

/** Degraded runs count as up: the service answered, only slowly. Null when nothing ran. */
export function uptimeFraction(r: { count: number; upCount: number; degradedCount: number }): number | null {
  return r.count > 0 ? (r.upCount + r.degradedCount) / r.count : null;
}

/** One rollup bucket's totals (one check's, or several checks' of one bucket: they add up). */
export type BucketTotals = { bucketStartMs: number; count: number; upCount: number; degradedCount: number };

/** 24 hourly fractions, oldest first, from HOUR rollups; null for hours with no runs. */
export const hourlyBar = (rows: readonly BucketTotals[], nowMs: number, hours = 24) => uptimeBar(rows, nowMs, hours, H);

/** 90 daily fractions (UTC days), oldest first, from DAY rollups; null for days with no runs. */
export const dailyBar = (rows: readonly BucketTotals[], nowMs: number, days = 90) => uptimeBar(rows, nowMs, days, D);

/** `length` buckets of `bucketMs` ending with the one holding `nowMs`. */
function uptimeBar(rows: readonly BucketTotals[], nowMs: number, length: number, bucketMs: number): (number | null)[] {
  const first = nowMs - (nowMs % bucketMs) - (length - 1) * bucketMs;
  const sums = Array.from({ length }, () => ({ count: 0, upCount: 0, degradedCount: 0 }));
  for (const r of rows) {
    const sum = sums[Math.floor((r.bucketStartMs - first) / bucketMs)];
    if (!sum) continue;
    sum.count += r.count;
    sum.upCount += r.upCount;
    sum.degradedCount += r.degradedCount;
  }
  return sums.map(uptimeFraction);
}
