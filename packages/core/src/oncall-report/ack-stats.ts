import { quantile } from "../report/stats.ts";

/** Times to acknowledge: how many, their median, 90th percentile (interpolated, as in the incident report) and longest. */
export type AckStats = { count: number; p50Ms: number | null; p90Ms: number | null; maxMs: number | null };

const whole = (ms: number | null) => (ms === null ? null : Math.round(ms));

export function ackStats(values: readonly number[]): AckStats {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50Ms: whole(quantile(sorted, 0.5)),
    p90Ms: whole(quantile(sorted, 0.9)),
    maxMs: whole(sorted.at(-1) ?? null),
  };
}
