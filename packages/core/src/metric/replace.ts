import type { Db, Prisma } from "@opsdeck/db";
import { type MetricSample, seriesIdsOf } from "./write.ts";

/**
 * Write samples that restate a value already written (a period's running total, read again as it
 * grows): each point replaces the one at the same series and time, and the hour and day rollups that
 * hold a replaced point are recomputed from their raw points, so reading an hour twice never counts it
 * twice. Meant for recent points: a rollup is rebuilt from the raw points still kept. Non-finite values
 * are dropped.
 */
export async function replaceMetricSamples(db: Db | Prisma.TransactionClient, samples: readonly MetricSample[]) {
  const finite = samples.filter((s) => Number.isFinite(s.value));
  if (finite.length === 0) return { points: 0 };
  const ids = await seriesIdsOf(db, finite);
  const ats = finite.map((s) => s.at.toISOString());
  const [written] = await db.$queryRaw<{ points: number }[]>`
    WITH up AS (
      INSERT INTO "MetricPoint" ("seriesId", at, value)
      SELECT * FROM unnest(${ids}::int[], ${ats}::timestamptz[], ${finite.map((s) => s.value)}::float8[])
      ON CONFLICT ("seriesId", at) DO UPDATE SET value = EXCLUDED.value RETURNING 1
    ) SELECT count(*)::int AS points FROM up`;
  await db.$executeRaw`
    INSERT INTO "MetricRollup" ("seriesId", period, "bucketStart", count, sum, min, max, last, "lastAt")
    SELECT k.id, k.period::"RollupPeriod", k.start, count(*)::int, sum(p.value), min(p.value), max(p.value),
        (array_agg(p.value ORDER BY p.at DESC))[1], max(p.at)
      FROM (
        SELECT DISTINCT t.id, u.period, date_trunc(u.unit, t.at, 'UTC') AS start, ('1 ' || u.unit)::interval AS span
          FROM unnest(${ids}::int[], ${ats}::timestamptz[]) AS t(id, at)
         CROSS JOIN (VALUES ('HOUR', 'hour'), ('DAY', 'day')) AS u(period, unit)
      ) k
      JOIN "MetricPoint" p ON p."seriesId" = k.id AND p.at >= k.start AND p.at < k.start + k.span
     GROUP BY k.id, k.period, k.start
    ON CONFLICT ("seriesId", period, "bucketStart") DO UPDATE SET
      count = EXCLUDED.count, sum = EXCLUDED.sum, min = EXCLUDED.min, max = EXCLUDED.max,
      last = EXCLUDED.last, "lastAt" = EXCLUDED."lastAt"`;
  return { points: written?.points ?? 0 };
}
