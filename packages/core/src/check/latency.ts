import type { RollupPeriod } from "@opsdeck/db";
import { mergeHistograms, percentileFromHistogram } from "./histogram.ts";
import type { THealthRange } from "./schemas.ts";

const M = 60_000;
const H = 60 * M;
const D = 24 * H;

export type Granularity = { rangeMs: number; period: RollupPeriod; bucketMs: number };

/** Minute rollups up to 24 h, hour up to 30 d, day beyond; buckets sized for at most ~200 points. */
export const GRANULARITY: Record<THealthRange, Granularity> = {
  "1h": { rangeMs: H, period: "MINUTE", bucketMs: M },
  "24h": { rangeMs: D, period: "MINUTE", bucketMs: 10 * M },
  "7d": { rangeMs: 7 * D, period: "HOUR", bucketMs: H },
  "30d": { rangeMs: 30 * D, period: "HOUR", bucketMs: 4 * H },
  "90d": { rangeMs: 90 * D, period: "DAY", bucketMs: D },
};

/** First bucket start of a range ending at `nowMs` (the current, partial bucket is the last). */
export const rangeStart = (g: Granularity, nowMs: number): number =>
  nowMs - (nowMs % g.bucketMs) - g.rangeMs + g.bucketMs;

export type RollupRow = {
  bucketStartMs: number;
  count: number;
  upCount: number;
  degradedCount: number;
  latencySum: number;
  hist: readonly number[];
};

export type LatencyPoint = {
  at: string;
  count: number;
  /** Mean over UP and DEGRADED runs. */
  avgMs: number | null;
  p50Ms: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
};

const round = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

/** Fold rollup rows into one point per bucket (empty buckets included), merging histograms for percentiles. */
export function latencyPoints(rows: readonly RollupRow[], g: Granularity, nowMs: number): LatencyPoint[] {
  const from = rangeStart(g, nowMs);
  const n = g.rangeMs / g.bucketMs;
  const acc = Array.from({ length: n }, () => ({ count: 0, ok: 0, sum: 0, hist: [] as number[] }));
  for (const r of rows) {
    const a = acc[Math.floor((r.bucketStartMs - from) / g.bucketMs)];
    if (!a) continue;
    a.count += r.count;
    a.ok += r.upCount + r.degradedCount;
    a.sum += r.latencySum;
    a.hist = mergeHistograms(a.hist, r.hist);
  }
  return acc.map((a, i) => ({
    at: new Date(from + i * g.bucketMs).toISOString(),
    count: a.count,
    avgMs: a.ok ? round(a.sum / a.ok) : null,
    p50Ms: round(percentileFromHistogram(a.hist, 0.5)),
    p95Ms: round(percentileFromHistogram(a.hist, 0.95)),
    p99Ms: round(percentileFromHistogram(a.hist, 0.99)),
  }));
}
