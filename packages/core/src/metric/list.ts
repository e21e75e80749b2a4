import type { Db, MetricKind } from "@opsdeck/db";
import { pageRows, readCursor } from "../page/keyset.ts";
import type { Page } from "../page/schemas.ts";
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

const SERIES = {
  list: "metric-series",
  fields: [
    { field: "name", type: "string" },
    { field: "labelsKey", type: "string" },
  ],
} as const;

/**
 * What can be charted (VIEWER): series by name and labels, with their last value, a page at a time
 * (500 unless `limit` says fewer). The order is the database's on (name, labelsKey), unique per series.
 */
export async function listMetricSeries({
  db,
  ctx,
  input,
}: {
  db: Db;
  ctx: AnyCtx;
  input: TListMetricSeries;
}): Promise<Page<MetricSeriesInfo>> {
  assertRole(ctx, "VIEWER");
  const q = parseInput(ZListMetricSeries, input);
  const labels = parseLabelFilter(q.labels ?? "") ?? {};
  const after = readCursor(SERIES, q.cursor);
  const [name, key] = after ? (after as [string, string]) : [null, null];
  const rows = await db.$queryRaw<
    {
      name: string;
      labelsKey: string;
      labels: Labels;
      kind: MetricKind;
      unit: string | null;
      lastAt: Date | null;
      lastValue: number | null;
    }[]
  >`
    SELECT name, "labelsKey", labels, kind, unit, "lastAt", "lastValue" FROM "MetricSeries"
     WHERE starts_with(name, ${q.prefix ?? ""}) AND labels @> ${JSON.stringify(labels)}::jsonb
       AND (${name}::text IS NULL OR (name, "labelsKey") > (${name}::text, ${key}::text))
     ORDER BY name, "labelsKey" LIMIT ${q.limit + 1}`;
  const page = pageRows(SERIES, rows, q.limit);
  return {
    items: page.rows.map(({ labelsKey: _key, ...r }) => ({ ...r, lastAt: r.lastAt?.toISOString() ?? null })),
    next: page.next,
  };
}
