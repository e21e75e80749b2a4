import type { Db, MetricKind, Prisma } from "@opsdeck/db";
import { type Labels, labelsKey } from "./labels.ts";

export type MetricSample = {
  name: string;
  labels: Labels;
  at: Date;
  value: number;
  kind?: MetricKind;
  unit?: string;
};

type Series = {
  name: string;
  labels: Labels;
  key: string;
  kind: MetricKind;
  unit: string | null;
  at: Date;
  value: number;
};

/** The newest sample of each series in the batch, which becomes the series' last value. */
function latestPerSeries(samples: readonly MetricSample[]): Map<string, Series> {
  const out = new Map<string, Series>();
  for (const s of samples) {
    const key = labelsKey(s.labels);
    const id = `${s.name}\n${key}`;
    const seen = out.get(id);
    if (!seen || seen.at <= s.at)
      out.set(id, {
        name: s.name,
        labels: s.labels,
        key,
        kind: s.kind ?? "GAUGE",
        unit: s.unit ?? null,
        at: s.at,
        value: s.value,
      });
  }
  return out;
}

/** Create each sample's series on first sight, move its last value forward, and give each sample its series id. */
export async function seriesIdsOf(
  db: Db | Prisma.TransactionClient,
  finite: readonly MetricSample[],
): Promise<number[]> {
  const series = [...latestPerSeries(finite).values()];
  const rows = await db.$queryRaw<{ id: number; name: string; labelsKey: string }[]>`
    INSERT INTO "MetricSeries" (name, labels, "labelsKey", kind, unit, "lastAt", "lastValue")
    SELECT * FROM unnest(${series.map((s) => s.name)}::text[], ${series.map((s) => JSON.stringify(s.labels))}::jsonb[],
      ${series.map((s) => s.key)}::text[], ${series.map((s) => s.kind)}::"MetricKind"[], ${series.map((s) => s.unit)}::text[],
      ${series.map((s) => s.at.toISOString())}::timestamptz[], ${series.map((s) => s.value)}::float8[])
    ON CONFLICT (name, "labelsKey") DO UPDATE SET
      "lastValue" = CASE WHEN "MetricSeries"."lastAt" > EXCLUDED."lastAt" THEN "MetricSeries"."lastValue" ELSE EXCLUDED."lastValue" END,
      "lastAt" = GREATEST("MetricSeries"."lastAt", EXCLUDED."lastAt"), unit = EXCLUDED.unit
    RETURNING id, name, "labelsKey"`;
  const ids = new Map(rows.map((r) => [`${r.name}\n${r.labelsKey}`, r.id]));
  return finite.map((s) => ids.get(`${s.name}\n${labelsKey(s.labels)}`) as number);
}

/**
 * Write samples: each series is created on first sight and keeps its last value, each point is stored
 * once (a repeated series and time is ignored) and merged into the series' hour and day rollups in the
 * same statement. Non-finite values are dropped.
 */
export async function writeMetricSamples(db: Db | Prisma.TransactionClient, samples: readonly MetricSample[]) {
  const finite = samples.filter((s) => Number.isFinite(s.value));
  if (finite.length === 0) return { series: 0, points: 0 };
  const seriesIds = await seriesIdsOf(db, finite);
  const [written] = await db.$queryRaw<{ points: number }[]>`
    WITH ins AS (
      INSERT INTO "MetricPoint" ("seriesId", at, value)
      SELECT * FROM unnest(${seriesIds}::int[], ${finite.map((s) => s.at.toISOString())}::timestamptz[],
        ${finite.map((s) => s.value)}::float8[])
      ON CONFLICT DO NOTHING RETURNING "seriesId", at, value
    ), buckets AS (
      SELECT "seriesId", p.period::"RollupPeriod" AS period, date_trunc(p.unit, at, 'UTC') AS "bucketStart",
          count(*)::int AS count, sum(value) AS sum, min(value) AS min, max(value) AS max,
          (array_agg(value ORDER BY at DESC))[1] AS last, max(at) AS "lastAt"
        FROM ins CROSS JOIN (VALUES ('HOUR', 'hour'), ('DAY', 'day')) AS p(period, unit)
       GROUP BY 1, 2, 3
    ), merged AS (
      INSERT INTO "MetricRollup" ("seriesId", period, "bucketStart", count, sum, min, max, last, "lastAt")
      SELECT * FROM buckets
      ON CONFLICT ("seriesId", period, "bucketStart") DO UPDATE SET
        count = "MetricRollup".count + EXCLUDED.count, sum = "MetricRollup".sum + EXCLUDED.sum,
        min = LEAST("MetricRollup".min, EXCLUDED.min), max = GREATEST("MetricRollup".max, EXCLUDED.max),
        last = CASE WHEN EXCLUDED."lastAt" >= "MetricRollup"."lastAt" THEN EXCLUDED.last ELSE "MetricRollup".last END,
        "lastAt" = GREATEST("MetricRollup"."lastAt", EXCLUDED."lastAt")
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM ins)::int AS points`;
  return { series: new Set(seriesIds).size, points: written?.points ?? 0 };
}
