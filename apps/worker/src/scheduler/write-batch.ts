import { foldRollups } from "@opsdeck/core/check/rollup";
import type { MeasuredOutcome, StateChange } from "@opsdeck/core/check/state";
import { LIVE_INSERT_SQL } from "@opsdeck/core/live/publish";
import type pg from "pg";

export type ResultRow = {
  checkSeq: number;
  atMs: number;
  latencyMs: number;
  status: MeasuredOutcome;
  message: string | null;
};
export type StateRow = {
  checkSeq: number;
  state: string;
  health: string;
  stateSinceMs: number;
  consecutiveFailures: number;
  lastCheckedAtMs: number;
  lastLatencyMs: number;
  lastMessage: string | null;
};
export type EventRow = StateChange & { checkId: string; atMs: number; message: string | null };
export type Batch = { results: ResultRow[]; states: StateRow[]; events: EventRow[] };

const RESULTS = `INSERT INTO "CheckResult" (at, "checkSeq", "latencyMs", status, message)
  SELECT to_timestamp(a / 1000.0), s, l, st::"CheckResultStatus", m
  FROM unnest($1::float8[], $2::int[], $3::int[], $4::text[], $5::text[]) AS u(a, s, l, st, m)`;

// Rows of checks deleted meanwhile are skipped, so the batch cannot fail forever on a foreign key.
const ROLLUPS = `INSERT INTO "CheckRollup" AS r
    ("checkSeq", period, "bucketStart", count, "upCount", "degradedCount", "latencyMin", "latencyMax", "latencySum", hist)
  SELECT u.s, u.p::"RollupPeriod", to_timestamp(u.b / 1000.0), u.c, u.up, u.dg, u.mn, u.mx, u.sm, u.h::int[]
  FROM unnest($1::int[], $2::text[], $3::float8[], $4::int[], $5::int[], $6::int[], $7::int[], $8::int[], $9::int8[], $10::text[])
    AS u(s, p, b, c, up, dg, mn, mx, sm, h)
  WHERE EXISTS (SELECT 1 FROM "Check" c WHERE c.seq = u.s)
  ON CONFLICT ("checkSeq", period, "bucketStart") DO UPDATE SET
    count = r.count + EXCLUDED.count,
    "upCount" = r."upCount" + EXCLUDED."upCount",
    "degradedCount" = r."degradedCount" + EXCLUDED."degradedCount",
    "latencyMin" = LEAST(r."latencyMin", EXCLUDED."latencyMin"),
    "latencyMax" = GREATEST(r."latencyMax", EXCLUDED."latencyMax"),
    "latencySum" = r."latencySum" + EXCLUDED."latencySum",
    hist = (SELECT array_agg(coalesce(a, 0) + coalesce(b, 0) ORDER BY i) FROM unnest(r.hist, EXCLUDED.hist) WITH ORDINALITY AS h(a, b, i))`;

// A late flush from a previous owner never overwrites a newer state (lastCheckedAt guards it).
const STATES = `UPDATE "Check" c SET state = u.st::"CheckState", health = u.he::"CheckState",
    "stateSince" = to_timestamp(u.since / 1000.0), "consecutiveFailures" = u.cf,
    "lastCheckedAt" = to_timestamp(u.at / 1000.0), "lastLatencyMs" = u.lat, "lastMessage" = u.msg
  FROM unnest($1::int[], $2::text[], $3::text[], $4::float8[], $5::int[], $6::float8[], $7::int[], $8::text[])
    AS u(s, st, he, since, cf, at, lat, msg)
  WHERE c.seq = u.s AND (c."lastCheckedAt" IS NULL OR c."lastCheckedAt" <= to_timestamp(u.at / 1000.0))`;

const EVENTS = `INSERT INTO "CheckEvent" ("checkId", "from", "to", at, message, "duringMaintenance")
  SELECT u.id, u.f::"CheckState", u.t::"CheckState", to_timestamp(u.at / 1000.0), u.m, u.dm
  FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::text[], $6::bool[]) AS u(id, f, t, at, m, dm)
  WHERE EXISTS (SELECT 1 FROM "Check" c WHERE c.id = u.id)`;

/** Write one batch in one transaction, so a retry after a failure never doubles anything. */
export async function writeBatch(pool: pg.Pool, batch: Batch): Promise<void> {
  const { results, states, events } = batch;
  const rollups = foldRollups(results);
  const client = await pool.connect();
  let broken: Error | undefined;
  // A connection that dies between two statements (the server killed) emits "error" on the checked-out
  // client; with no listener that would end the worker and lose everything it buffered.
  const onError = (err: Error) => {
    broken = err;
  };
  client.on("error", onError);
  try {
    await client.query("BEGIN");
    if (results.length) {
      await client.query(RESULTS, [
        results.map((r) => r.atMs),
        results.map((r) => r.checkSeq),
        results.map((r) => r.latencyMs),
        results.map((r) => (r.status === "UP" ? null : r.status)),
        results.map((r) => (r.status === "UP" ? null : r.message)),
      ]);
      await client.query(ROLLUPS, [
        rollups.map((d) => d.checkSeq),
        rollups.map((d) => d.period),
        rollups.map((d) => d.bucketStartMs),
        rollups.map((d) => d.count),
        rollups.map((d) => d.upCount),
        rollups.map((d) => d.degradedCount),
        rollups.map((d) => d.latencyMin),
        rollups.map((d) => d.latencyMax),
        rollups.map((d) => d.latencySum),
        rollups.map((d) => `{${d.hist.join(",")}}`),
      ]);
    }
    if (states.length) {
      await client.query(STATES, [
        states.map((s) => s.checkSeq),
        states.map((s) => s.state),
        states.map((s) => s.health),
        states.map((s) => s.stateSinceMs),
        states.map((s) => s.consecutiveFailures),
        states.map((s) => s.lastCheckedAtMs),
        states.map((s) => s.lastLatencyMs),
        states.map((s) => s.lastMessage),
      ]);
    }
    if (events.length) {
      await client.query(EVENTS, [
        events.map((e) => e.checkId),
        events.map((e) => e.from),
        events.map((e) => e.to),
        events.map((e) => e.atMs),
        events.map((e) => e.message),
        events.map((e) => e.duringMaintenance),
      ]);
    }
    // Last, so the live events' ordering lock is held only up to the commit.
    if (results.length) await client.query(LIVE_INSERT_SQL, ["check.results", JSON.stringify({ seqs: [...new Set(results.map((r) => r.checkSeq))] })]);
    if (events.length) await client.query(LIVE_INSERT_SQL, ["check.state", JSON.stringify({ ids: [...new Set(events.map((e) => e.checkId))] })]);
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch((e: Error) => {
      broken = e;
    });
    throw err;
  } finally {
    client.off("error", onError);
    client.release(broken);
  }
}
