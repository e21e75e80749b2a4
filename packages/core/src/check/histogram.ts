/** Latency buckets: [0, 1 ms], then 40 log-spaced up to 60 s (ratio ~1.32), then one overflow bucket. */
const STEPS = 40;
const MAX_MS = 60_000;
const RATIO = MAX_MS ** (1 / STEPS);

/** Upper bound (inclusive) of each bucket but the last, which holds everything above 60 s. */
export const HISTOGRAM_BOUNDS: readonly number[] = Array.from({ length: STEPS + 1 }, (_, i) => RATIO ** i);
export const HISTOGRAM_SIZE = HISTOGRAM_BOUNDS.length + 1;

/** Worst relative error of a percentile read from a bucket (the geometric midpoint vs. its ends). */
export const HISTOGRAM_RELATIVE_ERROR = Math.sqrt(RATIO) - 1;

export type Histogram = number[];

export const emptyHistogram = (): Histogram => new Array(HISTOGRAM_SIZE).fill(0);

export function bucketIndex(latencyMs: number): number {
  if (latencyMs <= 1) return 0;
  if (latencyMs > MAX_MS) return HISTOGRAM_SIZE - 1;
  // Float error at exact boundaries is corrected by the two comparisons below.
  let i = Math.ceil(Math.log(latencyMs) / Math.log(RATIO));
  if ((HISTOGRAM_BOUNDS[i] as number) < latencyMs) i++;
  if (i > 0 && (HISTOGRAM_BOUNDS[i - 1] as number) >= latencyMs) i--;
  return i;
}

/** Adds in place and returns `h`. */
export function addToHistogram(h: Histogram, latencyMs: number, count = 1): Histogram {
  const i = bucketIndex(latencyMs);
  h[i] = (h[i] ?? 0) + count;
  return h;
}

export function mergeHistograms(a: readonly number[], b: readonly number[]): Histogram {
  return Array.from({ length: HISTOGRAM_SIZE }, (_, i) => (a[i] ?? 0) + (b[i] ?? 0));
}

/** Estimate of the q-quantile (0 < q ≤ 1), within HISTOGRAM_RELATIVE_ERROR for latencies of 1 ms to 60 s; null when empty. */
export function percentileFromHistogram(h: readonly number[], q: number): number | null {
  const total = h.reduce((s, c) => s + c, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (let i = 0; i < HISTOGRAM_SIZE; i++) {
    seen += h[i] ?? 0;
    if (seen < rank) continue;
    if (i === 0) return 1;
    if (i === HISTOGRAM_SIZE - 1) return MAX_MS;
    return Math.sqrt((HISTOGRAM_BOUNDS[i - 1] as number) * (HISTOGRAM_BOUNDS[i] as number));
  }
  return MAX_MS;
}
