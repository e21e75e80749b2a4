import type { Db } from "@opsdeck/db";
import {
  INSUFFICIENT_PRIVILEGE,
  type PgSession,
  readStatementCounters,
  readStatementTexts,
  type Section,
} from "@opsdeck/integrations";
import type { SlowQueries } from "./dto.ts";
import { baselineSnapshot, toEntries } from "./snapshots.ts";
import { diffStatements } from "./statement-diff.ts";

export const SLOW_QUERIES_SHOWN = 20;

/**
 * The statements that took the most time since `from`: the live counters minus the stored snapshot at
 * the window's start (never a reset of the statistics), with the text of the few shown.
 */
export async function readSlowQueries(db: Db, s: PgSession, ref: string, from: Date): Promise<Section<SlowQueries>> {
  const counters = await s.read(readStatementCounters);
  if (!counters.ok) return counters;
  const baseline = await baselineSnapshot(db, ref, from);
  const now = { at: new Date().toISOString(), statsReset: counters.data.statsReset, entries: toEntries(counters.data) };
  const diff = diffStatements(baseline, now);
  const top = diff.deltas.slice(0, SLOW_QUERIES_SHOWN);
  const texts = await s.read(readStatementTexts(top.map((d) => d.queryId)));
  const totalMs = diff.deltas.reduce((sum, d) => sum + d.totalMs, 0);
  return {
    ok: true,
    data: {
      since: diff.since,
      sinceReset: baseline === null || diff.since !== baseline.at,
      totalMs,
      queries: top.map((d) => ({
        ...d,
        query: (texts.ok ? texts.data.get(d.queryId) : undefined) ?? INSUFFICIENT_PRIVILEGE,
        meanMs: d.totalMs / d.calls,
        share: totalMs > 0 ? d.totalMs / totalMs : 0,
      })),
    },
  };
}
