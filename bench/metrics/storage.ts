import type { Db } from "@opsdeck/db";

export type Storage = {
  bytes: number;
  points: number;
  rollups: number;
  series: number;
  byTable: { MetricPoint: number; MetricRollup: number; MetricSeries: number };
};

/** Total relation sizes (heap, TOAST and indexes) of the metric tables, after a VACUUM ANALYZE. */
export async function metricStorage(db: Db): Promise<Storage> {
  for (const t of ["MetricPoint", "MetricRollup", "MetricSeries"]) await db.$executeRawUnsafe(`VACUUM ANALYZE "${t}"`);
  const [r] = await db.$queryRaw<
    { p: bigint; r: bigint; s: bigint; points: number; rollups: number; series: number }[]
  >`
    SELECT pg_total_relation_size('"MetricPoint"') AS p, pg_total_relation_size('"MetricRollup"') AS r,
        pg_total_relation_size('"MetricSeries"') AS s, (SELECT count(*)::int FROM "MetricPoint") AS points,
        (SELECT count(*)::int FROM "MetricRollup") AS rollups, (SELECT count(*)::int FROM "MetricSeries") AS series`;
  if (!r) throw new Error("no sizes");
  const byTable = { MetricPoint: Number(r.p), MetricRollup: Number(r.r), MetricSeries: Number(r.s) };
  return {
    bytes: byTable.MetricPoint + byTable.MetricRollup + byTable.MetricSeries,
    points: r.points,
    rollups: r.rollups,
    series: r.series,
    byTable,
  };
}
