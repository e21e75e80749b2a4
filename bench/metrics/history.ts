import { METRIC_RAW_RETENTION_DAYS } from "@opsdeck/core/metric/constants";
import { pruneMetrics } from "@opsdeck/core/metric/prune";
import { type MetricSample, writeMetricSamples } from "@opsdeck/core/metric/write";
import type { Db } from "@opsdeck/db";

export const HISTORY_SERIES = "app.latency_p95";
export const STEP_S = 15;
const DAY_MS = 86_400_000;

export type History = { series: number; days: number; points: number; end: Date; viaWritePath: number };

/** Every fifth service is slow, so latency rules over these series go PENDING and FIRING. */
const base = (i: number) => (i % 5 === 0 ? 2_500 : 300);
/** The value of series i at a 15 s step (whole numbers: SQL and JS agree exactly). */
const valueAt = (i: number, atMs: number) => base(i) + ((Math.floor(atMs / 1000 / STEP_S) * 7 + i * 13) % 100);

/**
 * `series` series of one name at 15 s over `days` days up to `end`. Points older than the raw
 * retention plus a day (the prune job runs daily) are summed into HOUR and DAY rollups by one SQL
 * statement that computes what the write path would have merged; every newer point goes through
 * writeMetricSamples itself. Then the real prune removes the raw points past their retention.
 */
export async function loadHistory(
  db: Db,
  opts: { series: number; days: number; end: Date },
  say: (m: string) => void,
): Promise<History & { pruned: Awaited<ReturnType<typeof pruneMetrics>> }> {
  const { series, days, end } = opts;
  const endMs = Math.floor(end.getTime() / 1000 / STEP_S) * STEP_S * 1000;
  const firstMs = endMs - days * DAY_MS + STEP_S * 1000;
  const cutMs = endMs - (METRIC_RAW_RETENTION_DAYS + 1) * DAY_MS;
  const slugs = Array.from({ length: series }, (_, i) => `svc-${i}`);
  // The series rows first, through the write path (one sample each at the oldest step).
  await writeMetricSamples(
    db,
    slugs.map((service, i) => ({
      name: HISTORY_SERIES,
      labels: { service },
      at: new Date(firstMs),
      value: valueAt(i, firstMs),
      unit: "ms",
    })),
  );
  const ids = await db.metricSeries.findMany({ where: { name: HISTORY_SERIES }, select: { id: true, labels: true } });
  const idx = ids.map((s) => Number(String((s.labels as { service: string }).service).slice(4)));
  say(`rolling up ${days - METRIC_RAW_RETENTION_DAYS - 1} days older than the raw window in SQL`);
  await db.$executeRaw`
    WITH pts AS (
      SELECT s.id, g.at, (CASE WHEN s.i % 5 = 0 THEN 2500 ELSE 300 END
               + ((floor(extract(epoch FROM g.at) / ${STEP_S})::bigint * 7 + s.i * 13) % 100))::float8 AS value
        FROM unnest(${ids.map((s) => s.id)}::int[], ${idx}::int[]) AS s(id, i)
        CROSS JOIN generate_series(${new Date(firstMs + STEP_S * 1000)}::timestamptz, ${new Date(cutMs)}::timestamptz,
                                   make_interval(secs => ${STEP_S})) AS g(at)
    )
    INSERT INTO "MetricRollup" ("seriesId", period, "bucketStart", count, sum, min, max, last, "lastAt")
    SELECT b.id, b.period::"RollupPeriod", b.start, b.count, b.sum, b.min, b.max,
        (CASE WHEN s.i % 5 = 0 THEN 2500 ELSE 300 END
           + ((floor(extract(epoch FROM b."lastAt") / ${STEP_S})::bigint * 7 + s.i * 13) % 100))::float8, b."lastAt"
      FROM (SELECT id, p.period, date_trunc(p.unit, at, 'UTC') AS start, count(*)::int AS count, sum(value) AS sum,
                   min(value) AS min, max(value) AS max, max(at) AS "lastAt"
              FROM pts CROSS JOIN (VALUES ('HOUR', 'hour'), ('DAY', 'day')) AS p(period, unit)
             GROUP BY 1, 2, 3) AS b
      JOIN unnest(${ids.map((s) => s.id)}::int[], ${idx}::int[]) AS s(id, i) ON s.id = b.id
    ON CONFLICT ("seriesId", period, "bucketStart") DO UPDATE SET
      count = "MetricRollup".count + EXCLUDED.count, sum = "MetricRollup".sum + EXCLUDED.sum,
      min = LEAST("MetricRollup".min, EXCLUDED.min), max = GREATEST("MetricRollup".max, EXCLUDED.max),
      last = CASE WHEN EXCLUDED."lastAt" >= "MetricRollup"."lastAt" THEN EXCLUDED.last ELSE "MetricRollup".last END,
      "lastAt" = GREATEST("MetricRollup"."lastAt", EXCLUDED."lastAt")`;
  const steps = Math.round((endMs - cutMs) / 1000 / STEP_S);
  say(`writing the newest ${steps} steps of ${series} series through writeMetricSamples`);
  let viaWritePath = 0;
  const perBatch = Math.max(1, Math.floor(5_000 / series));
  for (let k = 1; k <= steps; k += perBatch) {
    const batch: MetricSample[] = [];
    for (let j = k; j < Math.min(k + perBatch, steps + 1); j++) {
      const atMs = cutMs + j * STEP_S * 1000;
      for (let i = 0; i < series; i++)
        batch.push({
          name: HISTORY_SERIES,
          labels: { service: slugs[i] as string },
          at: new Date(atMs),
          value: valueAt(i, atMs),
          unit: "ms",
        });
    }
    viaWritePath += (await writeMetricSamples(db, batch)).points;
  }
  say("pruning with pruneMetrics");
  const pruned = await pruneMetrics(db, new Date(endMs));
  return {
    series,
    days,
    points: series * Math.round((endMs - firstMs) / 1000 / STEP_S + 1),
    end: new Date(endMs),
    viaWritePath: viaWritePath + series,
    pruned,
  };
}
