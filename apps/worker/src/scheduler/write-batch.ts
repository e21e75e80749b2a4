import { foldRollups } from "@opsdeck/core/check/rollup";
import { applyBuckets, type BucketTotals, type StoredTileHistory } from "@opsdeck/core/check/tile-history-apply";
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
    hist = (SELECT array_agg(coalesce(a, 0) + coalesce(b, 0) ORDER BY i) FROM unnest(r.hist, EXCLUDED.hist) WITH ORDINALITY AS h(a, b, i))
  RETURNING "checkSeq" AS seq, period::text AS period, extract(epoch FROM "bucketStart") * 1000 AS b, count, "upCount" AS up, "degradedCount" AS dg, "latencySum" AS sum`;

// The batch's checks' tile history, locked in seq order (the full refresh writes in the same order).
const TILE_HISTORY = `SELECT "checkSeq" AS seq, sparkline, extract(epoch FROM "minuteStart") * 1000 AS m, "uptimeBar" AS bar,
    extract(epoch FROM "hourStart") * 1000 AS h
  FROM "CheckTileHistory" WHERE "checkSeq" = ANY($1::int[]) ORDER BY "checkSeq" FOR UPDATE`;

const TILE_HISTORY_WRITE = `INSERT INTO "CheckTileHistory" ("checkSeq", sparkline, "minuteStart", "uptimeBar", "hourStart", "refreshedAt")
  SELECT u.s, u.sp::jsonb, to_timestamp(u.m / 1000.0), u.bar::jsonb, to_timestamp(u.h / 1000.0), now()
  FROM unnest($1::int[], $2::text[], $3::float8[], $4::text[], $5::float8[]) AS u(s, sp, m, bar, h)
  WHERE EXISTS (SELECT 1 FROM "Check" c WHERE c.seq = u.s)
  ON CONFLICT ("checkSeq") DO UPDATE SET sparkline = EXCLUDED.sparkline, "minuteStart" = EXCLUDED."minuteStart",
    "uptimeBar" = EXCLUDED."uptimeBar", "hourStart" = EXCLUDED."hourStart", "refreshedAt" = EXCLUDED."refreshedAt"`;

type RollupTotalsRow = {
  seq: number;
  period: BucketTotals["period"];
  b: string;
  count: number;
  up: number;
  dg: number;
  sum: string;
};
type HistoryRow = { seq: number; sparkline: unknown; m: string | null; bar: unknown; h: string | null };

/**
 * Move the tiles' sparklines and uptime bars forward with the buckets this batch wrote (their totals
 * came back from the rollup upsert), so the Overview's history is current without re-reading rollups.
 */
async function advanceTileHistory(client: pg.PoolClient, totals: RollupTotalsRow[]): Promise<void> {
  const bySeq = new Map<number, BucketTotals[]>();
  for (const r of totals) {
    if (r.period === "DAY") continue;
    const list = bySeq.get(r.seq) ?? [];
    list.push({
      period: r.period,
      bucketStartMs: Number(r.b),
      count: r.count,
      upCount: r.up,
      degradedCount: r.dg,
      latencySum: Number(r.sum),
    });
    bySeq.set(r.seq, list);
  }
  if (bySeq.size === 0) return;
  const seqs = [...bySeq.keys()].sort((x, y) => x - y);
  const { rows } = await client.query<HistoryRow>(TILE_HISTORY, [seqs]);
  const stored = new Map<number, StoredTileHistory>(
    rows.map((r) => [
      r.seq,
      {
        sparkline: r.sparkline,
        minuteStartMs: r.m === null ? null : Number(r.m),
        uptimeBar: r.bar,
        hourStartMs: r.h === null ? null : Number(r.h),
      },
    ]),
  );
  const next = seqs.map((seq) => applyBuckets(stored.get(seq) ?? null, bySeq.get(seq) ?? []));
  await client.query(TILE_HISTORY_WRITE, [
    seqs,
    next.map((h) => JSON.stringify(h.sparkline)),
    next.map((h) => h.minuteStartMs),
    next.map((h) => JSON.stringify(h.uptimeBar)),
    next.map((h) => h.hourStartMs),
  ]);
}

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
      const totals = await client.query<RollupTotalsRow>(ROLLUPS, [
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
      await advanceTileHistory(client, totals.rows);
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
    if (results.length)
      await client.query(LIVE_INSERT_SQL, [
        "check.results",
        JSON.stringify({ seqs: [...new Set(results.map((r) => r.checkSeq))] }),
      ]);
    if (events.length)
      await client.query(LIVE_INSERT_SQL, [
        "check.state",
        JSON.stringify({ ids: [...new Set(events.map((e) => e.checkId))] }),
      ]);
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
