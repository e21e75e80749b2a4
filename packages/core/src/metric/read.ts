import type { Db, MetricKind, Prisma, RollupPeriod } from "@opsdeck/db";
import {
  DAY_S,
  HOUR_S,
  MAX_METRIC_SERIES,
  METRIC_RAW_RETENTION_DAYS,
  METRIC_ROLLUP_RETENTION_DAYS,
} from "./constants.ts";
import type { Labels } from "./labels.ts";

/** One bucket of a series: mean, extremes and the latest value of the points in it; null where none. */
export type MetricPointDto = {
  at: string;
  avg: number | null;
  min: number | null;
  max: number | null;
  last: number | null;
};
export type MetricSeriesDto = {
  name: string;
  labels: Labels;
  kind: MetricKind;
  unit: string | null;
  points: MetricPointDto[];
};
export type MetricRead = {
  from: string;
  to: string;
  stepSeconds: number;
  /** What the buckets were computed from: raw points, or hour or day rollups. */
  source: "raw" | RollupPeriod;
  series: MetricSeriesDto[];
};

export type SeriesQuery = { name: string; labels?: Labels; from: Date; to: Date; stepSeconds: number };

const roundUp = (n: number, to: number) => Math.ceil(n / to) * to;

/** Raw points while they exist and the step is under an hour, else the coarsest rollup the step allows. */
export function planRead(q: SeriesQuery, now: Date): { source: MetricRead["source"]; stepSeconds: number } {
  const age = (now.getTime() - q.from.getTime()) / 1000;
  if (q.stepSeconds < HOUR_S && age <= METRIC_RAW_RETENTION_DAYS * DAY_S)
    return { source: "raw", stepSeconds: q.stepSeconds };
  if (q.stepSeconds < DAY_S && age <= METRIC_ROLLUP_RETENTION_DAYS.HOUR * DAY_S)
    return { source: "HOUR", stepSeconds: roundUp(q.stepSeconds, HOUR_S) };
  return { source: "DAY", stepSeconds: roundUp(q.stepSeconds, DAY_S) };
}

type Bucket = { id: number; b: bigint | number; avg: number; min: number; max: number; last: number };

async function buckets(
  db: Db | Prisma.TransactionClient,
  ids: number[],
  q: SeriesQuery,
  plan: ReturnType<typeof planRead>,
) {
  const step = plan.stepSeconds;
  if (plan.source === "raw")
    return db.$queryRaw<Bucket[]>`
      SELECT "seriesId" AS id, floor(extract(epoch FROM at) / ${step})::bigint AS b, avg(value) AS avg, min(value) AS min,
          max(value) AS max, (array_agg(value ORDER BY at DESC))[1] AS last
        FROM "MetricPoint" WHERE "seriesId" = ANY(${ids}::int[]) AND at >= ${q.from} AND at <= ${q.to}
       GROUP BY 1, 2`;
  const unit = plan.source === "HOUR" ? HOUR_S : DAY_S;
  const from = new Date(Math.floor(q.from.getTime() / 1000 / unit) * unit * 1000);
  return db.$queryRaw<Bucket[]>`
    SELECT "seriesId" AS id, floor(extract(epoch FROM "bucketStart") / ${step})::bigint AS b,
        sum(sum) / sum(count) AS avg, min(min) AS min, max(max) AS max, (array_agg(last ORDER BY "lastAt" DESC))[1] AS last
      FROM "MetricRollup"
     WHERE period = ${plan.source}::"RollupPeriod" AND "seriesId" = ANY(${ids}::int[])
       AND "bucketStart" >= ${from} AND "bucketStart" <= ${q.to}
     GROUP BY 1, 2`;
}

/**
 * The series of one name whose labels include `labels` (at most 50), bucketed by `stepSeconds` from
 * `from` to `to` (both included); every bucket is listed, null where the series had no point.
 */
export async function readMetricSeries(
  db: Db | Prisma.TransactionClient,
  q: SeriesQuery,
  now = new Date(),
): Promise<MetricRead> {
  const plan = planRead(q, now);
  const step = plan.stepSeconds;
  const series = await db.$queryRaw<
    { id: number; name: string; labels: Labels; kind: MetricKind; unit: string | null }[]
  >`
    SELECT id, name, labels, kind, unit FROM "MetricSeries"
     WHERE name = ${q.name} AND labels @> ${JSON.stringify(q.labels ?? {})}::jsonb
     ORDER BY "labelsKey" LIMIT ${MAX_METRIC_SERIES}`;
  const first = Math.floor(q.from.getTime() / 1000 / step);
  const last = Math.floor(q.to.getTime() / 1000 / step);
  const rows = series.length
    ? await buckets(
        db,
        series.map((s) => s.id),
        q,
        plan,
      )
    : [];
  const byId = new Map<number, Map<number, Bucket>>();
  for (const r of rows) {
    const m = byId.get(r.id) ?? new Map<number, Bucket>();
    m.set(Number(r.b), r);
    byId.set(r.id, m);
  }
  return {
    from: q.from.toISOString(),
    to: q.to.toISOString(),
    stepSeconds: step,
    source: plan.source,
    series: series.map((s) => {
      const got = byId.get(s.id);
      const points: MetricPointDto[] = [];
      for (let b = first; b <= last; b++) {
        const r = got?.get(b);
        points.push({
          at: new Date(b * step * 1000).toISOString(),
          avg: r ? Number(r.avg) : null,
          min: r ? Number(r.min) : null,
          max: r ? Number(r.max) : null,
          last: r ? Number(r.last) : null,
        });
      }
      return { name: s.name, labels: s.labels, kind: s.kind, unit: s.unit, points };
    }),
  };
}
