import type { CheckState, Db, RollupPeriod } from "@opsdeck/db";
import { RAW_RETENTION_DAYS } from "./constants.ts";
import { mergeHistograms } from "./histogram.ts";
import { GRANULARITY, type LatencyPoint, latencyPoints, type RollupRow, rangeStart } from "./latency.ts";
import type { THealthRange } from "./schemas.ts";
import { type Uptime, UPTIME_WINDOWS, uptimeFraction } from "./uptime.ts";

const RECENT = 50;
const PERIOD_MS: Record<RollupPeriod, number> = { MINUTE: 60_000, HOUR: 3_600_000, DAY: 86_400_000 };

export type CheckEventDto = {
  checkId: string;
  from: CheckState;
  to: CheckState;
  at: string;
  message: string | null;
  duringMaintenance: boolean;
};
export type CheckFailureDto = {
  checkId: string;
  at: string;
  status: "DEGRADED" | "DOWN";
  latencyMs: number;
  message: string | null;
};
export type CheckSeries = { uptime: Uptime; latency: LatencyPoint[] };
export type HealthReadout = {
  range: THealthRange;
  bucketSeconds: number;
  series: Map<string, CheckSeries>;
  events: CheckEventDto[];
  failures: CheckFailureDto[];
};

type Sums = { checkSeq: number; count: number; up: number; degraded: number };
type Row = Omit<RollupRow, "hist"> & { checkSeq: number; hist: string | null };

/** A histogram sent as array text ("{1,0,3}"): split natively, far cheaper than a generic array parser. */
export const parseHist = (text: string | null): number[] =>
  text && text.length > 2 ? text.slice(1, -1).split(",").map(Number) : [];

/** Histograms joined by ";" (string_agg), merged into one. */
export const mergeHistTexts = (text: string | null): number[] =>
  text ? text.split(";").map(parseHist).reduce(mergeHistograms, []) : [];

/**
 * Uptime windows, the latency series and recent changes and failures of some checks: a fixed number of
 * queries, each reading every check's rows through its own key range (a join per check), so the plans
 * do not depend on how the planner estimates a time range over all periods.
 */
export async function readHealth(
  db: Db,
  checks: readonly { id: string; seq: number }[],
  range: THealthRange,
  now: Date,
): Promise<HealthReadout> {
  const nowMs = now.getTime();
  const g = GRANULARITY[range];
  const seqs = checks.map((c) => c.seq);
  const floor = (ms: number, p: RollupPeriod) => new Date(ms - (ms % PERIOD_MS[p]));
  const [uptimes, rows, events, failures] = await Promise.all([
    Promise.all(
      UPTIME_WINDOWS.map(
        (w) => db.$queryRaw<
          Sums[]
        >`SELECT s.seq AS "checkSeq", x.count, x.up, x.degraded FROM unnest(${seqs}::int[]) AS s(seq)
          CROSS JOIN LATERAL (SELECT coalesce(sum(r."count"), 0)::int AS count, coalesce(sum(r."upCount"), 0)::int AS up,
              coalesce(sum(r."degradedCount"), 0)::int AS degraded
            FROM "CheckRollup" r WHERE r."checkSeq" = s.seq AND r."period" = ${w.period}::"RollupPeriod"
              AND r."bucketStart" >= ${floor(nowMs - w.ms, w.period)}) x`,
      ),
    ),
    // Summed per chart bucket in SQL, histograms sent as text joined by ";" and merged here: one row per
    // point instead of one per rollup (a 24 h chart would otherwise carry 1,440 minute rows per check).
    db.$queryRaw<Row[]>`SELECT s.seq AS "checkSeq", x.* FROM unnest(${seqs}::int[]) AS s(seq)
      CROSS JOIN LATERAL (SELECT (floor(extract(epoch FROM r."bucketStart") * 1000 / ${g.bucketMs}) * ${g.bucketMs})::float8 AS "bucketStartMs",
          sum(r."count")::int AS "count", sum(r."upCount")::int AS "upCount", sum(r."degradedCount")::int AS "degradedCount",
          sum(r."latencySum")::float8 AS "latencySum", string_agg(r."hist"::text, ';') AS "hist"
        FROM "CheckRollup" r WHERE r."checkSeq" = s.seq AND r."period" = ${g.period}::"RollupPeriod"
          AND r."bucketStart" >= ${new Date(rangeStart(g, nowMs))} GROUP BY 1) x`,
    db.checkEvent.findMany({
      where: { checkId: { in: checks.map((c) => c.id) } },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: RECENT,
    }),
    // The newest failures of each check through the partial index on failed runs, then the newest overall.
    db.$queryRaw<
      { at: Date; checkSeq: number; status: "DEGRADED" | "DOWN"; latencyMs: number; message: string | null }[]
    >`
      SELECT x.* FROM unnest(${seqs}::int[]) AS s(seq)
      CROSS JOIN LATERAL (SELECT r."at", r."checkSeq", r."status"::text AS "status", r."latencyMs", r."message" FROM "CheckResult" r
        WHERE r."checkSeq" = s.seq AND r."status" IS NOT NULL AND r."at" >= ${new Date(nowMs - RAW_RETENTION_DAYS * 86_400_000)}
        ORDER BY r."at" DESC LIMIT ${RECENT}) x
      ORDER BY x."at" DESC LIMIT ${RECENT}`,
  ]);
  const idOf = new Map(checks.map((c) => [c.seq, c.id]));
  const series = new Map<string, CheckSeries>();
  for (const c of checks) {
    const uptime = Object.fromEntries(
      UPTIME_WINDOWS.map((w, i) => {
        const s = uptimes[i]?.find((r) => r.checkSeq === c.seq);
        return [w.key, s ? uptimeFraction({ count: s.count, upCount: s.up, degradedCount: s.degraded }) : null];
      }),
    ) as Uptime;
    const own = rows.filter((r) => r.checkSeq === c.seq).map((r) => ({ ...r, hist: mergeHistTexts(r.hist) }));
    series.set(c.id, { uptime, latency: latencyPoints(own, g, nowMs) });
  }
  return {
    range,
    bucketSeconds: g.bucketMs / 1000,
    series,
    events: events.map((e) => ({
      checkId: e.checkId,
      from: e.from,
      to: e.to,
      at: e.at.toISOString(),
      message: e.message,
      duringMaintenance: e.duringMaintenance,
    })),
    failures: failures.map((f) => ({
      checkId: idOf.get(f.checkSeq) ?? "",
      at: f.at.toISOString(),
      status: f.status,
      latencyMs: f.latencyMs,
      message: f.message,
    })),
  };
}
