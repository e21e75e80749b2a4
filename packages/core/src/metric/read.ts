import { type Db, type MetricKind, Prisma, type RollupPeriod } from "@opsdeck/db";
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

/** One series' buckets as parallel JSON arrays: one row per series, not one per bucket, parsed natively. */
type Buckets = { id: number; b: number[]; avg: number[]; min: number[]; max: number[]; last: number[] };

async function buckets(
  db: Db | Prisma.TransactionClient,
  ids: number[],
  q: SeriesQuery,
  plan: ReturnType<typeof planRead>,
): Promise<Buckets[]> {
  const step = plan.stepSeconds;
  const bucketed =
    plan.source === "raw"
      ? Prisma.sql`
      SELECT "seriesId" AS id, floor(date_part('epoch', at) / ${step})::int AS b, avg(value) AS avg, min(value) AS min,
          max(value) AS max, (array_agg(value ORDER BY at DESC))[1] AS last
        FROM "MetricPoint" WHERE "seriesId" = ANY(${ids}::int[]) AND at >= ${q.from} AND at <= ${q.to}
       GROUP BY 1, 2`
      : plan.stepSeconds === unitOf(plan.source)
        ? // A bucket per rollup: nothing to merge.
          Prisma.sql`
      SELECT "seriesId" AS id, floor(date_part('epoch', "bucketStart") / ${step})::int AS b, sum / count AS avg, min, max, last
        FROM "MetricRollup" WHERE ${rollupRange(ids, q, plan.source)}`
        : Prisma.sql`
      SELECT "seriesId" AS id, floor(date_part('epoch', "bucketStart") / ${step})::int AS b,
          sum(sum) / sum(count) AS avg, min(min) AS min, max(max) AS max, (max(ARRAY[date_part('epoch', "lastAt"), last]))[2] AS last
        FROM "MetricRollup" WHERE ${rollupRange(ids, q, plan.source)}
       GROUP BY 1, 2`;
  // One aggregate node takes each row into every array in turn: the arrays line up, in no set order.
  return db.$queryRaw<Buckets[]>`
    SELECT id, json_agg(b) AS b, json_agg(avg) AS avg, json_agg(min) AS min, json_agg(max) AS max,
        json_agg(last) AS last
      FROM (${bucketed}) AS q GROUP BY id`;
}

const unitOf = (period: RollupPeriod) => (period === "HOUR" ? HOUR_S : DAY_S);

/** The series' rollups of one period from the bucket holding `from` to `to`. */
function rollupRange(ids: number[], q: SeriesQuery, period: RollupPeriod) {
  const unit = unitOf(period);
  const from = new Date(Math.floor(q.from.getTime() / 1000 / unit) * unit * 1000);
  return Prisma.sql`period = ${period}::"RollupPeriod" AND "seriesId" = ANY(${ids}::int[])
    AND "bucketStart" >= ${from} AND "bucketStart" <= ${q.to}`;
}

/** Every bucket from `first` to `last` of one series, null where it had no point. */
function pointsOf(got: Buckets | undefined, first: number, stamps: string[]): MetricPointDto[] {
  const points: MetricPointDto[] = stamps.map((at) => ({ at, avg: null, min: null, max: null, last: null }));
  if (!got) return points;
  for (let k = 0; k < got.b.length; k++) {
    const p = points[(got.b[k] as number) - first];
    if (!p) continue;
    p.avg = Number(got.avg[k]);
    p.min = Number(got.min[k]);
    p.max = Number(got.max[k]);
    p.last = Number(got.last[k]);
  }
  return points;
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
  const byId = new Map(rows.map((r) => [r.id, r]));
  const stamps: string[] = [];
  for (let b = first; b <= last; b++) stamps.push(new Date(b * step * 1000).toISOString());
  return {
    from: q.from.toISOString(),
    to: q.to.toISOString(),
    stepSeconds: step,
    source: plan.source,
    series: series.map((s) => ({
      name: s.name,
      labels: s.labels,
      kind: s.kind,
      unit: s.unit,
      points: pointsOf(byId.get(s.id), first, stamps),
    })),
  };
}
