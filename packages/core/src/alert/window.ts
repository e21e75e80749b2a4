import type { Db } from "@opsdeck/db";
import type { WindowSummary } from "./evaluate.ts";

export type RuleSeries = { series: string; labels: unknown; windowSeconds: number };

/** Rules that read the same series, labels and window share one window. */
export const windowKey = (r: RuleSeries): string =>
  `${r.series}\n${JSON.stringify(r.labels ?? {})}\n${r.windowSeconds}`;

/**
 * The raw points of each rule's series in its window (now − window, now], summed up per group: the
 * series' `service` label, "" for series without one. Several series of one service (say, two
 * databases) share a group. One statement for all the rules, one row per distinct window and group.
 */
export async function readWindows(
  db: Db,
  rules: readonly RuleSeries[],
  now: Date,
): Promise<Map<string, Map<string, WindowSummary>>> {
  const keys = new Map<string, RuleSeries>();
  for (const r of rules) keys.set(windowKey(r), r);
  const out = new Map<string, Map<string, WindowSummary>>([...keys.keys()].map((k) => [k, new Map()]));
  if (keys.size === 0) return out;
  const list = [...keys.values()];
  const rows = await db.$queryRaw<
    { i: bigint; grp: string; count: number; sum: number; min: number; max: number; last: number }[]
  >`
    SELECT k.i, coalesce(s.labels->>'service', '') AS grp, count(*)::int AS count, sum(p.value) AS sum,
        min(p.value) AS min, max(p.value) AS max, (array_agg(p.value ORDER BY p.at DESC))[1] AS last
      FROM unnest(${list.map((r) => r.series)}::text[], ${list.map((r) => JSON.stringify(r.labels ?? {}))}::jsonb[],
             ${list.map((r) => r.windowSeconds)}::int[]) WITH ORDINALITY AS k(series, labels, secs, i)
      JOIN "MetricSeries" s ON s.name = k.series AND s.labels @> k.labels
       AND s."lastAt" > ${now}::timestamptz - make_interval(secs => k.secs)
      JOIN "MetricPoint" p ON p."seriesId" = s.id AND p.at > ${now}::timestamptz - make_interval(secs => k.secs)
       AND p.at <= ${now}
     GROUP BY 1, 2`;
  const keyOf = [...keys.keys()];
  for (const { i, grp, ...w } of rows) out.get(keyOf[Number(i) - 1] as string)?.set(grp, w);
  return out;
}
