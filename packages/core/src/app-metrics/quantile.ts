/** Cumulative counts per upper bound (`le`), as a histogram's buckets hold them. */
export type Buckets = ReadonlyArray<readonly [le: number, count: number]>;

/**
 * The q-quantile of a histogram, as Prometheus' histogram_quantile computes it: linear within the
 * bucket the rank falls in (from 0 for the first), the highest finite bound when it falls in +Inf,
 * null without observations. Counts that go down (a partial reset) are raised to stay monotonic.
 */
export function histogramQuantile(q: number, buckets: Buckets): number | null {
  const sorted = [...buckets].sort((a, b) => a[0] - b[0]);
  let running = 0;
  const cumulative = sorted.map(([le, n]) => {
    running = Math.max(running, n);
    return [le, running] as const;
  });
  const total = cumulative.at(-1)?.[1] ?? 0;
  if (total <= 0 || cumulative.length === 0) return null;
  const rank = q * total;
  const i = cumulative.findIndex(([, n]) => n >= rank);
  const [le, count] = cumulative[i] ?? cumulative[cumulative.length - 1] ?? [0, 0];
  if (le === Number.POSITIVE_INFINITY) {
    const finite = cumulative.filter(([b]) => Number.isFinite(b));
    return finite.length ? (finite[finite.length - 1]?.[0] ?? null) : null;
  }
  const [lowerLe, lowerCount] = i > 0 ? (cumulative[i - 1] ?? [0, 0]) : [Math.min(0, le), 0];
  if (count === lowerCount) return le;
  return lowerLe + (le - lowerLe) * ((rank - lowerCount) / (count - lowerCount));
}
