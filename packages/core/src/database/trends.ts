import type { Db } from "@opsdeck/db";
import type { THealthRange } from "../check/schemas.ts";
import { type MetricPointDto, type MetricSeriesDto, readMetricSeries } from "../metric/read.ts";
import type { TrendSeries, TrendsDto } from "./dto.ts";
import { PG_SERIES } from "./series.ts";

/** Each range's span and bucket width (seconds): about 60 to 170 buckets. */
export const TREND_WINDOWS: Record<THealthRange, { span: number; step: number }> = {
  "1h": { span: 3_600, step: 60 },
  "24h": { span: 86_400, step: 600 },
  "7d": { span: 7 * 86_400, step: 3_600 },
  "30d": { span: 30 * 86_400, step: 6 * 3_600 },
  "90d": { span: 90 * 86_400, step: 86_400 },
};

const STATE_ORDER = ["active", "idle in transaction", "idle in transaction (aborted)", "idle"];

type Pick = keyof Omit<MetricPointDto, "at">;
const trend = (s: MetricSeriesDto, label: string, pick: Pick): TrendSeries => ({
  label,
  points: s.points.map((p) => ({ at: p.at, value: p[pick] })),
});

const lastValue = (t: TrendSeries | undefined): number | null =>
  t?.points.findLast((p) => p.value !== null)?.value ?? null;

/** How much a series grew over its points: last minus first sampled value; null with fewer than two. */
export function growthOf(t: TrendSeries | null | undefined): number | null {
  const sampled = t?.points.filter((p) => p.value !== null) ?? [];
  if (sampled.length < 2) return null;
  return (sampled[sampled.length - 1]?.value ?? 0) - (sampled[0]?.value ?? 0);
}

export const windowOf = (range: THealthRange, now: Date) => {
  const w = TREND_WINDOWS[range];
  return { from: new Date(now.getTime() - w.span * 1000), to: now, stepSeconds: w.step };
};

/** The sampled series of one database over a range, shaped for its charts. */
export async function readTrends(db: Db, ref: string, range: THealthRange, now: Date): Promise<TrendsDto> {
  const w = windowOf(range, now);
  const read = (name: string) => readMetricSeries(db, { name, labels: { database: ref }, ...w }, now);
  const [conn, max, size, tables, cache, dead] = await Promise.all([
    read(PG_SERIES.connections),
    read(PG_SERIES.maxConnections),
    read(PG_SERIES.databaseSize),
    read(PG_SERIES.tableSize),
    read(PG_SERIES.cacheHitRatio),
    read(PG_SERIES.deadTuples),
  ]);
  const rank = (state: string) => STATE_ORDER.indexOf(state) + 1 || STATE_ORDER.length + 1;
  // States that never had a connection are left out, unless none had: then the zeros show.
  const sampled = conn.series
    .map((s) => trend(s, s.labels.state ?? "unknown", "max"))
    .filter((t) => t.points.some((p) => p.value !== null))
    .sort((a, b) => rank(a.label) - rank(b.label));
  const used = sampled.filter((t) => t.points.some((p) => p.value));
  const connections = used.length ? used : sampled.slice(0, 1);
  const tableSizes = tables.series
    .map((s) => trend(s, s.labels.table ?? "?", "last"))
    .filter((t) => lastValue(t) !== null)
    .sort((a, b) => (lastValue(b) ?? 0) - (lastValue(a) ?? 0))
    .slice(0, 10);
  const one = (r: typeof size, pick: Pick) => (r.series[0] ? trend(r.series[0], r.series[0].name, pick) : null);
  return {
    from: w.from.toISOString(),
    to: w.to.toISOString(),
    stepSeconds: conn.stepSeconds,
    connections,
    maxConnections: lastValue(one(max, "last") ?? undefined),
    databaseSize: one(size, "last"),
    tableSizes,
    cacheHitRatio: one(cache, "avg"),
    deadTuples: one(dead, "last"),
  };
}
