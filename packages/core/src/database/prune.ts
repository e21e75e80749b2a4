import type { Db } from "@opsdeck/db";
import { PG_SERIES } from "./series.ts";
import { thinSnapshots } from "./snapshots.ts";
import { listDatabaseSources } from "./sources.ts";

/**
 * Forget databases whose check or target was removed (their state, snapshots and series) and thin
 * the remaining statement snapshots.
 */
export async function pruneDatabaseInsights(db: Db, now: Date) {
  const refs = (await listDatabaseSources(db)).map((s) => s.ref);
  const gone = await db.pgInsightState.findMany({ where: { ref: { notIn: refs } }, select: { ref: true } });
  const removed = gone.map((g) => g.ref);
  let series = 0;
  if (removed.length) {
    await db.pgInsightState.deleteMany({ where: { ref: { in: removed } } });
    series = await db.$executeRaw`
      DELETE FROM "MetricSeries" WHERE name = ANY(${Object.values(PG_SERIES)}::text[])
         AND labels->>'database' = ANY(${removed}::text[])`;
  }
  return { databases: removed.length, series, snapshots: await thinSnapshots(db, now) };
}
