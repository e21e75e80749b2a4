import type { RollupPeriod } from "@opsdeck/db";
import { addToHistogram, emptyHistogram, type Histogram } from "./histogram.ts";
import type { MeasuredOutcome } from "./state.ts";

export const ROLLUP_PERIODS = ["MINUTE", "HOUR", "DAY"] as const satisfies readonly RollupPeriod[];
const PERIOD_MS: Record<RollupPeriod, number> = { MINUTE: 60_000, HOUR: 3_600_000, DAY: 86_400_000 };

/** Start of the UTC bucket holding `atMs`. */
export const bucketStart = (period: RollupPeriod, atMs: number): number => atMs - (atMs % PERIOD_MS[period]);

export type ResultForRollup = { checkSeq: number; atMs: number; status: MeasuredOutcome; latencyMs: number };

export type RollupDelta = {
  checkSeq: number;
  period: RollupPeriod;
  bucketStartMs: number;
  count: number;
  upCount: number;
  degradedCount: number;
  /** Latency figures over UP and DEGRADED results; null/0 when all were DOWN. */
  latencyMin: number | null;
  latencyMax: number | null;
  latencySum: number;
  hist: Histogram;
};

/** One delta per (check, period, bucket), so a single upsert never touches a row twice. */
export function foldRollups(results: readonly ResultForRollup[]): RollupDelta[] {
  const deltas = new Map<string, RollupDelta>();
  for (const r of results) {
    for (const period of ROLLUP_PERIODS) {
      const start = bucketStart(period, r.atMs);
      const key = `${r.checkSeq}:${period}:${start}`;
      let d = deltas.get(key);
      if (!d) {
        d = {
          checkSeq: r.checkSeq,
          period,
          bucketStartMs: start,
          count: 0,
          upCount: 0,
          degradedCount: 0,
          latencyMin: null,
          latencyMax: null,
          latencySum: 0,
          hist: emptyHistogram(),
        };
        deltas.set(key, d);
      }
      d.count++;
      if (r.status === "DOWN") continue;
      if (r.status === "UP") d.upCount++;
      else d.degradedCount++;
      d.latencyMin = d.latencyMin === null ? r.latencyMs : Math.min(d.latencyMin, r.latencyMs);
      d.latencyMax = d.latencyMax === null ? r.latencyMs : Math.max(d.latencyMax, r.latencyMs);
      d.latencySum += r.latencyMs;
      addToHistogram(d.hist, r.latencyMs);
    }
  }
  return [...deltas.values()];
}
