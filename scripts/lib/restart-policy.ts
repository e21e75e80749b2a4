/** When to restart a process that exited unexpectedly, and when to stop trying. */
export type RestartPolicy = {
  /** Wait before the 1st, 2nd, … restart in a row of fast crashes; the last one repeats. */
  delaysMs: readonly number[];
  /** A run shorter than this counts as a fast crash; a longer one starts the count afresh. */
  fastCrashMs: number;
  /** Give up after this many fast crashes in a row. */
  maxFastCrashes: number;
};

export const DEFAULT_POLICY: RestartPolicy = {
  delaysMs: [500, 2_000, 5_000, 10_000],
  fastCrashMs: 30_000,
  maxFastCrashes: 5,
};

export type RestartDecision =
  | { restart: true; delayMs: number; fastCrashes: number }
  | { restart: false; fastCrashes: number };

/** `uptimesMs`: how long each run lasted, oldest first, the run that just ended last. */
export function decideRestart(uptimesMs: readonly number[], policy: RestartPolicy = DEFAULT_POLICY): RestartDecision {
  let fastCrashes = 0;
  for (let i = uptimesMs.length - 1; i >= 0 && (uptimesMs[i] ?? 0) < policy.fastCrashMs; i--) fastCrashes++;
  if (fastCrashes >= policy.maxFastCrashes) return { restart: false, fastCrashes };
  const step = Math.max(0, fastCrashes - 1);
  const delayMs = policy.delaysMs[Math.min(step, policy.delaysMs.length - 1)] ?? 0;
  return { restart: true, delayMs, fastCrashes };
}
