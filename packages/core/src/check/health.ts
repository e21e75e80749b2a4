import type { CheckState, Db, RollupPeriod } from "@opsdeck/db";
import { RAW_RETENTION_DAYS } from "./constants.ts";
import { GRANULARITY, type LatencyPoint, latencyPoints, type RollupRow, rangeStart } from "./latency.ts";
import type { THealthRange } from "./schemas.ts";
import { type Uptime, UPTIME_WINDOWS, uptimeFraction } from "./uptime.ts";

const RECENT = 50;
const PERIOD_MS: Record<RollupPeriod, number> = { MINUTE: 60_000, HOUR: 3_600_000, DAY: 86_400_000 };

export type CheckEventDto = { checkId: string; from: CheckState; to: CheckState; at: string; message: string | null; duringMaintenance: boolean };
export type CheckFailureDto = { checkId: string; at: string; status: "DEGRADED" | "DOWN"; latencyMs: number; message: string | null };
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
export const parseHist = (text: string | null): number[] => (text && text.length > 2 ? text.slice(1, -1).split(",").map(Number) : []);

/**
 * Uptime windows, the latency series and recent changes and failures of some checks: a fixed number of
 * queries, each reading every check's rows through its own key range (a join per check), so the plans
 * do not depend on how the planner estimates a time range over all periods.
 */
export async function readHealth(db: Db, checks: readonly { id: string; seq: number }[], range: THealthRange, now: Date): Promise<HealthReadout> {
  const nowMs = now.getTime();
  const g = GRANULARITY[range];
  const seqs = checks.map((c) => c.seq);
  const floor = (ms: number, p: RollupPeriod) => new Date(ms - (ms % PERIOD_MS[p]));
  const [uptimes, rows, events, failures] = await Promise.all([
    Promise.all(
      UPTIME_WINDOWS.map(
        (w) => db.$queryRaw<Sums[]>`SELECT s.seq AS "checkSeq", x.count, x.up, x.degraded FROM unnest(${seqs}::int[]) AS s(seq)
          CROSS JOIN LATERAL (SELECT coalesce(sum(r."count"), 0)::int AS count, coalesce(sum(r."upCount"), 0)::int AS up,
              coalesce(sum(r."degradedCount"), 0)::int AS degraded
            FROM "CheckRollup" r WHERE r."checkSeq" = s.seq AND r."period" = ${w.period}::"RollupPeriod"
              AND r."bucketStart" >= ${floor(nowMs - w.ms, w.period)}) x`,
      ),
    ),
    db.$queryRaw<Row[]>`SELECT s.seq AS "checkSeq", x.* FROM unnest(${seqs}::int[]) AS s(seq)
      CROSS JOIN LATERAL (SELECT (extract(epoch FROM r."bucketStart") * 1000)::float8 AS "bucketStartMs", r."count", r."upCount",
          r."degradedCount", r."latencySum"::float8 AS "latencySum", r."hist"::text AS "hist"
        FROM "CheckRollup" r WHERE r."checkSeq" = s.seq AND r."period" = ${g.period}::"RollupPeriod"
          AND r."bucketStart" >= ${new Date(rangeStart(g, nowMs))}) x`,
    db.checkEvent.findMany({ where: { checkId: { in: checks.map((c) => c.id) } }, orderBy: [{ at: "desc" }, { id: "desc" }], take: RECENT }),
    // The newest failures of each check through the partial index on failed runs, then the newest overall.
    db.$queryRaw<{ at: Date; checkSeq: number; status: "DEGRADED" | "DOWN"; latencyMs: number; message: string | null }[]>`
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
    const own = rows.filter((r) => r.checkSeq === c.seq).map((r) => ({ ...r, hist: parseHist(r.hist) }));
    series.set(c.id, { uptime, latency: latencyPoints(own, g, nowMs) });
  }
  return {
    range,
    bucketSeconds: g.bucketMs / 1000,
    series,
    events: events.map((e) => ({ checkId: e.checkId, from: e.from, to: e.to, at: e.at.toISOString(), message: e.message, duringMaintenance: e.duringMaintenance })),
    failures: failures.map((f) => ({ checkId: idOf.get(f.checkSeq) ?? "", at: f.at.toISOString(), status: f.status, latencyMs: f.latencyMs, message: f.message })),
  };
}
