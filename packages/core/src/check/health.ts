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
type Row = Omit<RollupRow, "hist"> & { checkSeq: number; hist: number[] | null };

/** Uptime windows, the latency series and recent changes and failures of some checks: a fixed number of queries. */
export async function readHealth(db: Db, checks: readonly { id: string; seq: number }[], range: THealthRange, now: Date): Promise<HealthReadout> {
  const nowMs = now.getTime();
  const g = GRANULARITY[range];
  const seqs = checks.map((c) => c.seq);
  const floor = (ms: number, p: RollupPeriod) => new Date(ms - (ms % PERIOD_MS[p]));
  const [uptimes, rows, events, failures] = await Promise.all([
    Promise.all(
      UPTIME_WINDOWS.map(
        (w) => db.$queryRaw<Sums[]>`SELECT "checkSeq", sum("count")::int AS count, sum("upCount")::int AS up, sum("degradedCount")::int AS degraded
          FROM "CheckRollup" WHERE "period" = ${w.period}::"RollupPeriod" AND "bucketStart" >= ${floor(nowMs - w.ms, w.period)}
            AND "checkSeq" = ANY(${seqs}::int[]) GROUP BY "checkSeq"`,
      ),
    ),
    db.$queryRaw<Row[]>`SELECT "checkSeq", (extract(epoch FROM "bucketStart") * 1000)::float8 AS "bucketStartMs", "count", "upCount",
        "degradedCount", "latencySum"::float8 AS "latencySum", "hist"
      FROM "CheckRollup" WHERE "period" = ${g.period}::"RollupPeriod" AND "bucketStart" >= ${new Date(rangeStart(g, nowMs))}
        AND "checkSeq" = ANY(${seqs}::int[])`,
    db.checkEvent.findMany({ where: { checkId: { in: checks.map((c) => c.id) } }, orderBy: [{ at: "desc" }, { id: "desc" }], take: RECENT }),
    // Raw results are few per check (7 days); the BRIN index on `at` bounds the scan.
    db.$queryRaw<{ at: Date; checkSeq: number; status: "DEGRADED" | "DOWN"; latencyMs: number; message: string | null }[]>`
      SELECT "at", "checkSeq", "status"::text AS "status", "latencyMs", "message" FROM "CheckResult"
      WHERE "at" >= ${new Date(nowMs - RAW_RETENTION_DAYS * 86_400_000)} AND "status" IS NOT NULL AND "checkSeq" = ANY(${seqs}::int[])
      ORDER BY "at" DESC LIMIT ${RECENT}`,
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
    const own = rows.filter((r) => r.checkSeq === c.seq).map((r) => ({ ...r, hist: r.hist ?? [] }));
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
