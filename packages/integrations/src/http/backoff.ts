export interface BackoffOptions {
  /** First wait, doubled on every further attempt. */
  baseMs: number;
  maxMs: number;
  /** 0..1 source of jitter; injectable so tests are deterministic. */
  random?: () => number;
}

/** Exponential backoff with "equal jitter": half the step is fixed, half random, so waits never collapse to 0. */
export function backoffDelay(attempt: number, { baseMs, maxMs, random = Math.random }: BackoffOptions): number {
  const step = Math.min(maxMs, baseMs * 2 ** attempt);
  return Math.round(step / 2 + (step / 2) * random());
}
