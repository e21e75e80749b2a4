import type pg from "pg";
import { percentile } from "../panels/server-times.ts";
import type { Delivery } from "./receiver.ts";
import { PAGERS } from "./setup.ts";

/** A step as the database recorded it: whom it paged, when it was due and when it was sent. */
type StepRow = { number: number; to: string; step: number; due: number; sent: number; n: number };

export type Figures = {
  incidents: number;
  expected: number;
  recorded: number;
  /** Steps recorded more than once (must be 0: the unique key forbids it). */
  recordedTwice: number;
  delivered: number;
  missing: number;
  duplicated: number;
  unanswered: number;
  /** Lateness at the receiver: arrival − due time, ms. */
  late: Stats;
  /** Lateness as recorded: sentAt − dueAt, ms. */
  lateRecorded: Stats;
  /** Steps due from the kill until the replacement's first page + 30 s: their receiver lateness. */
  aroundKill: Stats;
  checkResults: number;
  checkResultsExpected: number;
};

type Stats = { n: number; p50: number; p99: number; max: number };

function stats(values: number[]): Stats {
  const v = [...values].sort((a, b) => a - b);
  return { n: v.length, p50: percentile(v, 0.5), p99: percentile(v, 0.99), max: v.at(-1) ?? Number.NaN };
}

/** Compare what the receiver got with what the database recorded, step by step. */
export async function figures(o: {
  pool: pg.Pool;
  deliveries: Delivery[];
  incidents: number;
  killAt: number;
  aroundKillMs: number;
  checks: { count: number; intervalSeconds: number; from: Date; to: Date };
}): Promise<Figures> {
  const { rows } = await o.pool.query<StepRow>(`
    SELECT i.number, u.name AS "to", p.step,
      (extract(epoch FROM min(p."dueAt")) * 1000)::float8 AS due,
      (extract(epoch FROM min(p."sentAt")) * 1000)::float8 AS sent,
      count(*)::int AS n
    FROM "IncidentPage" p JOIN "Incident" i ON i.id = p."incidentId" JOIN "User" u ON u.id = p."userId"
    WHERE p.ok GROUP BY i.number, u.name, p.step`);
  const byKey = new Map<string, number[]>();
  for (const d of o.deliveries) {
    const k = `${d.number}|${d.to}`;
    byKey.set(k, [...(byKey.get(k) ?? []), d.at]);
  }
  const late: number[] = [];
  const aroundKill: number[] = [];
  for (const r of rows) {
    const first = byKey.get(`${r.number}|${r.to}`)?.[0];
    if (first === undefined) continue;
    late.push(first - r.due);
    if (r.due >= o.killAt - 5_000 && r.due <= o.killAt + o.aroundKillMs) aroundKill.push(first - r.due);
  }
  const unanswered = await o.pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "IncidentEscalation" WHERE "unansweredAt" IS NOT NULL`,
  );
  const results = await o.pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "CheckResult" WHERE at >= $1 AND at < $2`,
    [o.checks.from, o.checks.to],
  );
  const expected = o.incidents * PAGERS.length;
  const seconds = (o.checks.to.getTime() - o.checks.from.getTime()) / 1000;
  return {
    incidents: o.incidents,
    expected,
    recorded: rows.length,
    recordedTwice: rows.filter((r) => r.n > 1).length,
    delivered: byKey.size,
    missing: expected - byKey.size,
    duplicated: [...byKey.values()].filter((t) => t.length > 1).length,
    unanswered: unanswered.rows[0]?.n ?? 0,
    late: stats(late),
    lateRecorded: stats(rows.map((r) => r.sent - r.due)),
    aroundKill: stats(aroundKill),
    checkResults: results.rows[0]?.n ?? 0,
    checkResultsExpected: Math.round((o.checks.count * seconds) / o.checks.intervalSeconds),
  };
}

const ms = (s: Stats) =>
  `p50 ${s.p50.toFixed(0)} ms, p99 ${s.p99.toFixed(0)} ms, max ${s.max.toFixed(0)} ms (${s.n} steps)`;
const met = (ok: boolean) => (ok ? "met" : "MISSED");

export function report(f: Figures, context: string): string {
  const once = f.missing === 0 && f.duplicated === 0 && f.recordedTwice === 0 && f.recorded === f.expected;
  return [
    `bench/escalation: ${f.incidents} incidents × ${PAGERS.length} steps; ${context}`,
    `steps expected ${f.expected}; recorded ${f.recorded} (twice: ${f.recordedTwice}); delivered ${f.delivered}, missing ${f.missing}, delivered twice ${f.duplicated} — every step exactly once: ${met(once)}`,
    `escalations ended unanswered: ${f.unanswered} of ${f.incidents}`,
    `lateness at the receiver (arrival − due): ${ms(f.late)} — target p99 < 2 s: ${met(f.late.p99 < 2_000)}`,
    `lateness as recorded (sentAt − dueAt): ${ms(f.lateRecorded)}`,
    `steps due around the kill -9: ${ms(f.aroundKill)}`,
    `check results meanwhile: ${f.checkResults} of ${f.checkResultsExpected} expected`,
  ].join("\n");
}
