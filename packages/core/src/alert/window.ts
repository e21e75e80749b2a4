import type { Db } from "@opsdeck/db";
import type { Labels } from "../metric/labels.ts";
import type { WindowSummary } from "./evaluate.ts";

export type RuleSeries = { series: string; labels: unknown; windowSeconds: number };

/**
 * The raw points of a rule's series in its window (now − window, now], summed up per group: the
 * series' `service` label, "" for series without one. Several series of one service (say, two
 * databases) share a group. One row per group, whatever the number of points.
 */
export async function readWindow(db: Db, rule: RuleSeries, now: Date): Promise<Map<string, WindowSummary>> {
  const from = new Date(now.getTime() - rule.windowSeconds * 1000);
  const rows = await db.$queryRaw<
    { grp: string; count: number; sum: number; min: number; max: number; last: number }[]
  >`
    SELECT coalesce(s.labels->>'service', '') AS grp, count(*)::int AS count, sum(p.value) AS sum,
        min(p.value) AS min, max(p.value) AS max, (array_agg(p.value ORDER BY p.at DESC))[1] AS last
      FROM "MetricSeries" s JOIN "MetricPoint" p ON p."seriesId" = s.id
     WHERE s.name = ${rule.series} AND s.labels @> ${JSON.stringify((rule.labels ?? {}) as Labels)}::jsonb
       AND s."lastAt" > ${from} AND p.at > ${from} AND p.at <= ${now}
     GROUP BY 1`;
  return new Map(rows.map(({ grp, ...w }) => [grp, w]));
}
