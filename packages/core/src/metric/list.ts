import type { Db, MetricKind } from "@opsdeck/db";
import { type AnyCtx, assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { type Labels, parseLabelFilter } from "./labels.ts";
import { type TListMetricSeries, ZListMetricSeries } from "./schemas.ts";

export type MetricSeriesInfo = {
  name: string;
  labels: Labels;
  kind: MetricKind;
  unit: string | null;
  lastAt: string | null;
  lastValue: number | null;
};

export const MAX_LISTED_SERIES = 500;

/** What can be charted (VIEWER): series by name, with their labels and last value, at most 500. */
export async function listMetricSeries({
  db,
  ctx,
  input,
}: {
  db: Db;
  ctx: AnyCtx;
  input: TListMetricSeries;
}): Promise<MetricSeriesInfo[]> {
  assertRole(ctx, "VIEWER");
  const q = parseInput(ZListMetricSeries, input);
  const labels = parseLabelFilter(q.labels ?? "") ?? {};
  const rows = await db.$queryRaw<
    {
      name: string;
      labels: Labels;
      kind: MetricKind;
      unit: string | null;
      lastAt: Date | null;
      lastValue: number | null;
    }[]
  >`
    SELECT name, labels, kind, unit, "lastAt", "lastValue" FROM "MetricSeries"
     WHERE starts_with(name, ${q.prefix ?? ""}) AND labels @> ${JSON.stringify(labels)}::jsonb
     ORDER BY name, "labelsKey" LIMIT ${MAX_LISTED_SERIES}`;
  return rows.map((r) => ({ ...r, lastAt: r.lastAt?.toISOString() ?? null }));
}
