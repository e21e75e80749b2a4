/** A stored statement counter: [key "userid:queryid:toplevel", calls, total ms, rows]. */
export type SnapshotEntry = [key: string, calls: number, totalMs: number, rows: number];
export type StatementSnapshot = { at: string; statsReset: string | null; entries: SnapshotEntry[] };

/** What one query (all its users and nesting levels together) did between two snapshots. */
export type StatementDelta = { queryId: string; calls: number; totalMs: number; rows: number };

export type StatementDiff = {
  /** The window's start: the older snapshot's time, or null when the counters run from their last reset. */
  since: string | null;
  deltas: StatementDelta[];
};

const queryIdOf = (key: string) => key.split(":")[1] ?? key;

/**
 * The work done between an older snapshot and a newer one, most total time first. A counter that went
 * down was reset or evicted and re-added, so it counts from zero; a key absent before is new. A reset
 * of all statistics after the older snapshot (stats_reset moved) makes it useless: count from the reset.
 */
export function diffStatements(older: StatementSnapshot | null, newer: StatementSnapshot): StatementDiff {
  const reset = older && newer.statsReset !== null && older.statsReset !== newer.statsReset;
  const base = older && !reset ? new Map(older.entries.map((e) => [e[0], e])) : new Map<string, SnapshotEntry>();
  const byQuery = new Map<string, StatementDelta>();
  for (const [key, calls, totalMs, rows] of newer.entries) {
    const old = base.get(key);
    const fresh = !old || calls < old[1] || totalMs < old[2];
    const d = fresh
      ? { calls, totalMs, rows }
      : { calls: calls - old[1], totalMs: totalMs - old[2], rows: Math.max(0, rows - old[3]) };
    if (d.calls <= 0) continue;
    const id = queryIdOf(key);
    const sum = byQuery.get(id) ?? { queryId: id, calls: 0, totalMs: 0, rows: 0 };
    sum.calls += d.calls;
    sum.totalMs += d.totalMs;
    sum.rows += d.rows;
    byQuery.set(id, sum);
  }
  const deltas = [...byQuery.values()].sort((a, b) => b.totalMs - a.totalMs || a.queryId.localeCompare(b.queryId));
  return { since: older && !reset ? older.at : (newer.statsReset ?? null), deltas };
}
