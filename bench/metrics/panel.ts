import { readMetrics } from "@opsdeck/core/metric/query";
import { systemCtx } from "@opsdeck/core/roles";
import type { Db } from "@opsdeck/db";
import { measureCpu } from "./cpu.ts";

export type PanelTiming = {
  label: string;
  p50: number;
  p95: number;
  max: number;
  points: number;
  source: string;
  /** CPU per read: this process's and PostgreSQL's (the wall time also holds waits for a busy machine). */
  ownMs: number;
  pgMs: number;
};

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

/**
 * readMetrics (what GET /api/v1/metrics calls) over the last `days` days, `requests` times one after
 * another: its time in this process, database round trips included.
 */
export async function timePanel(
  db: Db,
  postmaster: number,
  q: { series: string; days: number; end: Date; step?: number },
  requests: number,
): Promise<PanelTiming> {
  const input = {
    series: q.series,
    from: new Date(q.end.getTime() - q.days * 86_400_000).toISOString(),
    to: q.end.toISOString(),
    ...(q.step ? { step: q.step } : {}),
  };
  const ctx = systemCtx("bench");
  const times: number[] = [];
  let last: Awaited<ReturnType<typeof readMetrics>> | undefined;
  const { cpu } = await measureCpu(postmaster, async () => {
    for (let r = 0; r < requests; r++) {
      const t0 = performance.now();
      last = await readMetrics({ db, ctx, input, now: q.end });
      times.push(performance.now() - t0);
    }
  });
  times.sort((a, b) => a - b);
  const points = last?.series.reduce((n, s) => n + s.points.length, 0) ?? 0;
  return {
    label: `${q.days} days of ${last?.series.length} series, step ${last?.stepSeconds} s`,
    p50: pct(times, 50),
    p95: pct(times, 95),
    max: times.at(-1) ?? 0,
    points,
    source: last?.source ?? "?",
    ownMs: cpu.ownMs / requests,
    pgMs: cpu.pgMs / requests,
  };
}
