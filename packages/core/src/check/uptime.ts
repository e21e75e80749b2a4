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

/** 24 hourly fractions, oldest first, from HOUR rollups; null for hours with no runs. */
export function hourlyBar(
  rows: readonly { bucketStartMs: number; count: number; upCount: number; degradedCount: number }[],
  nowMs: number,
  hours = 24,
): (number | null)[] {
  const first = nowMs - (nowMs % H) - (hours - 1) * H;
  const bar: (number | null)[] = new Array(hours).fill(null);
  for (const r of rows) {
    const i = Math.floor((r.bucketStartMs - first) / H);
    if (i >= 0 && i < hours) bar[i] = uptimeFraction(r);
  }
  return bar;
}
