import type { CheckState } from "@opsdeck/db";

/** Worst first: what needs a look comes to the top of the panel. */
export const STATE_ORDER: readonly CheckState[] = ["DOWN", "DEGRADED", "UNKNOWN", "MAINTENANCE", "PAUSED", "UP"];
export const stateRank = (s: CheckState): number => STATE_ORDER.indexOf(s);

/** Above this many checks the Overview folds UP checks into their service (below it, every tile shows). */
export const FOLD_ABOVE = 60;
/** Services with every check UP that a folded Overview lists at first (more on request). */
export const HEALTHY_SERVICES_SHOWN = 50;

/**
 * No result for two intervals plus 30 s, or no worker running at all: the check's last state is not
 * current. A paused check is never stale.
 */
export function isStale(
  c: { paused: boolean; intervalSeconds: number; lastCheckedAt: Date | null; createdAt: Date },
  nowMs: number,
  workerRunning = true,
): boolean {
  if (c.paused) return false;
  if (!workerRunning) return true;
  const last = (c.lastCheckedAt ?? c.createdAt).getTime();
  return nowMs - last > (2 * c.intervalSeconds + 30) * 1000;
}

/** Mean latency per minute for the last `minutes` minutes, oldest first; null where nothing answered. */
export function minuteSparkline(
  rows: readonly { bucketStartMs: number; okCount: number; latencySum: number }[],
  nowMs: number,
  minutes = 60,
): (number | null)[] {
  const first = nowMs - (nowMs % 60_000) - (minutes - 1) * 60_000;
  const line: (number | null)[] = new Array(minutes).fill(null);
  for (const r of rows) {
    const i = Math.floor((r.bucketStartMs - first) / 60_000);
    if (i >= 0 && i < minutes && r.okCount > 0) line[i] = Math.round(r.latencySum / r.okCount);
  }
  return line;
}
