import { alignSeries, SPARKLINE_MINUTES, UPTIME_BAR_HOURS } from "./tile-history.ts";
import { uptimeFraction } from "./uptime.ts";

const M = 60_000;
const H = 60 * M;

/** A check's stored tile history (as in CheckTileHistory); null fields where it has none yet. */
export type StoredTileHistory = {
  sparkline: unknown;
  minuteStartMs: number | null;
  uptimeBar: unknown;
  hourStartMs: number | null;
};
export type TileHistory = {
  sparkline: (number | null)[];
  minuteStartMs: number;
  uptimeBar: (number | null)[];
  hourStartMs: number;
};

/** A rollup bucket's totals after a write (minute buckets feed the sparkline, hour buckets the bar). */
export type BucketTotals = {
  period: "MINUTE" | "HOUR" | "DAY";
  bucketStartMs: number;
  count: number;
  upCount: number;
  degradedCount: number;
  latencySum: number;
};

/** Mean latency of the runs that answered, as the full refresh computes it. */
const meanLatency = (b: BucketTotals): number | null => {
  const ok = b.upCount + b.degradedCount;
  return ok > 0 ? Math.round(b.latencySum / ok) : null;
};
const fraction = (b: BucketTotals): number | null => {
  const f = uptimeFraction(b);
  return f === null ? null : Math.round(f * 100_000) / 100_000;
};

function apply(
  stored: unknown,
  endMs: number | null,
  buckets: BucketTotals[],
  bucketMs: number,
  length: number,
  value: (b: BucketTotals) => number | null,
): { series: (number | null)[]; endMs: number } {
  const latest = Math.max(endMs ?? 0, ...buckets.map((b) => b.bucketStartMs));
  const series = alignSeries(stored, endMs, latest, bucketMs, length);
  for (const b of buckets) {
    const i = length - 1 - Math.round((latest - b.bucketStartMs) / bucketMs);
    if (i >= 0) series[i] = value(b);
  }
  return { series, endMs: latest };
}

/**
 * The tile history moved forward by the buckets a result batch just wrote, with their totals after
 * the write: the series shift to the newest bucket (buckets skipped meanwhile are unknown) and those
 * buckets take their new values. No rollup is read: the batch already holds what changed.
 */
export function applyBuckets(stored: StoredTileHistory | null, buckets: readonly BucketTotals[]): TileHistory {
  const minutes = buckets.filter((b) => b.period === "MINUTE");
  const hours = buckets.filter((b) => b.period === "HOUR");
  const s = apply(stored?.sparkline, stored?.minuteStartMs ?? null, minutes, M, SPARKLINE_MINUTES, meanLatency);
  const u = apply(stored?.uptimeBar, stored?.hourStartMs ?? null, hours, H, UPTIME_BAR_HOURS, fraction);
  return { sparkline: s.series, minuteStartMs: s.endMs, uptimeBar: u.series, hourStartMs: u.endMs };
}
