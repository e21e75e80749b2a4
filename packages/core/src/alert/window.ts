import type { Db } from "@opsdeck/db";
import type { Labels } from "../metric/labels.ts";
import type { WindowPoint } from "./evaluate.ts";

export type RuleSeries = { series: string; labels: unknown; windowSeconds: number };

/**
 * The raw points of a rule's series in its window (now − window, now], by group: the series' `service`
 * label, "" for series without one. Several series of one service (say, two databases) share a group.
 */
export async function readWindow(db: Db, rule: RuleSeries, now: Date): Promise<Map<string, WindowPoint[]>> {
  const from = new Date(now.getTime() - rule.windowSeconds * 1000);
  const rows = await db.$queryRaw<{ grp: string; at: Date; value: number }[]>`
    SELECT coalesce(s.labels->>'service', '') AS grp, p.at, p.value
      FROM "MetricSeries" s JOIN "MetricPoint" p ON p."seriesId" = s.id
     WHERE s.name = ${rule.series} AND s.labels @> ${JSON.stringify((rule.labels ?? {}) as Labels)}::jsonb
       AND s."lastAt" > ${from} AND p.at > ${from} AND p.at <= ${now}`;
  const out = new Map<string, WindowPoint[]>();
  for (const r of rows) {
    const list = out.get(r.grp) ?? [];
    list.push({ atMs: r.at.getTime(), value: r.value });
    out.set(r.grp, list);
  }
  return out;
}
