/** A set of durations: how many, their mean, median and 90th percentile (null when there are none). */
export type DurationStats = { count: number; meanMs: number | null; p50Ms: number | null; p90Ms: number | null };

/**
 * The `q` quantile (0–1) of ascending `sorted`, interpolating linearly between the two nearest values
 * (as spreadsheets' PERCENTILE does), so the median of an even count is the mean of the middle two.
 */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const below = sorted[lo] as number;
  const above = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return below + (above - below) * (pos - lo);
}

const whole = (ms: number | null) => (ms === null ? null : Math.round(ms));

/** Stats of `values` in milliseconds, rounded to whole milliseconds. */
export function durationStats(values: readonly number[]): DurationStats {
  const sorted = [...values].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    count: sorted.length,
    meanMs: whole(sorted.length ? sum / sorted.length : null),
    p50Ms: whole(quantile(sorted, 0.5)),
    p90Ms: whole(quantile(sorted, 0.9)),
  };
}

/** How many met a target, missed it, or cannot tell yet; the rate counts only those decided. */
export type SlaCounts = { met: number; breached: number; pending: number; breachRate: number | null };

export type SlaOutcome = "met" | "breached" | "pending";

export function slaCounts(outcomes: readonly SlaOutcome[]): SlaCounts {
  const count = (o: SlaOutcome) => outcomes.filter((x) => x === o).length;
  const met = count("met");
  const breached = count("breached");
  return { met, breached, pending: count("pending"), breachRate: met + breached ? breached / (met + breached) : null };
}
