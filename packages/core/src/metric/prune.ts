import type { Db } from "@opsdeck/db";
import { DAY_S, METRIC_RAW_RETENTION_DAYS, METRIC_ROLLUP_RETENTION_DAYS } from "./constants.ts";

const ago = (now: Date, days: number) => new Date(now.getTime() - days * DAY_S * 1000);

/** Delete raw points and rollups past their retention, and series with nothing left to chart. */
export async function pruneMetrics(db: Db, now: Date) {
  const points = await db.metricPoint.deleteMany({ where: { at: { lt: ago(now, METRIC_RAW_RETENTION_DAYS) } } });
  let rollups = 0;
  for (const period of ["HOUR", "DAY"] as const) {
    const r = await db.metricRollup.deleteMany({
      where: { period, bucketStart: { lt: ago(now, METRIC_ROLLUP_RETENTION_DAYS[period]) } },
    });
    rollups += r.count;
  }
  const series = await db.metricSeries.deleteMany({
    where: { OR: [{ lastAt: null }, { lastAt: { lt: ago(now, METRIC_ROLLUP_RETENTION_DAYS.DAY) } }] },
  });
  return { points: points.count, rollups, series: series.count };
}
