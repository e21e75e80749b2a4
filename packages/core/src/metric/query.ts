import type { Db } from "@opsdeck/db";
import { type AnyCtx, assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { parseLabelFilter } from "./labels.ts";
import { type MetricRead, readMetricSeries } from "./read.ts";
import { type TReadMetrics, ZReadMetrics } from "./schemas.ts";

/** About this many buckets when no step is given: enough for a chart, few enough to send. */
const DEFAULT_BUCKETS = 300;

/** Points of the series of one name (VIEWER), bucketed over a range. */
export async function readMetrics({
  db,
  ctx,
  input,
  now = new Date(),
}: {
  db: Db;
  ctx: AnyCtx;
  input: TReadMetrics;
  now?: Date;
}): Promise<MetricRead> {
  assertRole(ctx, "VIEWER");
  const q = parseInput(ZReadMetrics, input);
  const from = new Date(q.from);
  const to = q.to ? new Date(q.to) : now;
  const span = (to.getTime() - from.getTime()) / 1000;
  const stepSeconds = q.step ?? Math.max(10, Math.ceil(span / DEFAULT_BUCKETS));
  return readMetricSeries(
    db,
    { name: q.series, labels: parseLabelFilter(q.labels ?? "") ?? {}, from, to, stepSeconds },
    now,
  );
}
