import type { Db } from "@opsdeck/db";
import { publishLive } from "../live/publish.ts";
import type { Tx } from "./internal.ts";
import { minuteSparkline } from "./tiles.ts";
import { hourlyBar } from "./uptime.ts";

const M = 60_000;
const H = 60 * M;
export const SPARKLINE_MINUTES = 60;
export const UPTIME_BAR_HOURS = 24;

type Packed = { seq: number; minutes: string | null; hours: string | null };
const unpack = (s: string | null): number[][] => (s ? s.split(",").map((b) => b.split(":").map(Number)) : []);

/** Advisory lock key: one refresh at a time across worker processes. */
const LOCK_KEY = 0x0d5ec7;

/**
 * Recompute every check's tile history (last hour's latency per minute, last day's uptime per hour)
 * from the rollups, unless another process is doing it (then null). Each check's buckets are read
 * through the rollup key (check, period, time), so the plan stays an index range scan per check
 * whatever the table's statistics say.
 */
export async function refreshTileHistory(db: Db, now: Date): Promise<{ checks: number } | null> {
  return db.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ got: boolean }[]>`SELECT pg_try_advisory_xact_lock(${LOCK_KEY}) AS got`;
      return lock?.got ? refreshLocked(tx, now) : null;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

async function refreshLocked(db: Tx, now: Date): Promise<{ checks: number }> {
  const nowMs = now.getTime();
  const minuteStart = nowMs - (nowMs % M);
  const hourStart = nowMs - (nowMs % H);
  const minuteFrom = new Date(minuteStart - (SPARKLINE_MINUTES - 1) * M);
  const hourFrom = new Date(hourStart - (UPTIME_BAR_HOURS - 1) * H);
  const rows = await db.$queryRaw<Packed[]>`
    SELECT c.seq,
      (SELECT string_agg(concat_ws(':', (extract(epoch FROM r."bucketStart") / 60)::bigint, r."upCount" + r."degradedCount", r."latencySum"), ',')
        FROM "CheckRollup" r WHERE r."checkSeq" = c.seq AND r.period = 'MINUTE' AND r."bucketStart" >= ${minuteFrom}) AS minutes,
      (SELECT string_agg(concat_ws(':', (extract(epoch FROM r."bucketStart") / 60)::bigint, r.count, r."upCount", r."degradedCount"), ',')
        FROM "CheckRollup" r WHERE r."checkSeq" = c.seq AND r.period = 'HOUR' AND r."bucketStart" >= ${hourFrom}) AS hours
    FROM "Check" c ORDER BY c.seq`;
  if (rows.length === 0) return { checks: 0 };
  const sparklines = rows.map((r) =>
    JSON.stringify(
      minuteSparkline(
        unpack(r.minutes).map(([t = 0, okCount = 0, latencySum = 0]) => ({
          bucketStartMs: t * M,
          okCount,
          latencySum,
        })),
        nowMs,
      ),
    ),
  );
  const bars = rows.map((r) =>
    JSON.stringify(
      hourlyBar(
        unpack(r.hours).map(([t = 0, count = 0, upCount = 0, degradedCount = 0]) => ({
          bucketStartMs: t * M,
          count,
          upCount,
          degradedCount,
        })),
        nowMs,
      ).map((v) => (v === null ? null : Math.round(v * 100_000) / 100_000)),
    ),
  );
  // Checks deleted meanwhile are skipped rather than failing on the foreign key.
  await db.$executeRaw`
    INSERT INTO "CheckTileHistory" ("checkSeq", sparkline, "minuteStart", "uptimeBar", "hourStart", "refreshedAt")
    SELECT u.seq, u.spark::jsonb, ${new Date(minuteStart)}, u.bar::jsonb, ${new Date(hourStart)}, ${now}
    FROM unnest(${rows.map((r) => r.seq)}::int[], ${sparklines}::text[], ${bars}::text[]) AS u(seq, spark, bar)
    WHERE EXISTS (SELECT 1 FROM "Check" c WHERE c.seq = u.seq)
    ON CONFLICT ("checkSeq") DO UPDATE SET sparkline = EXCLUDED.sparkline, "minuteStart" = EXCLUDED."minuteStart",
      "uptimeBar" = EXCLUDED."uptimeBar", "hourStart" = EXCLUDED."hourStart", "refreshedAt" = EXCLUDED."refreshedAt"`;
  await publishLive(db, "tiles.history");
  return { checks: rows.length };
}

/**
 * A stored series moved to end at the bucket holding `nowMs`: buckets that passed since it was
 * computed are unknown (null), never filled with older values. Missing or malformed: all null.
 */
export function alignSeries(
  stored: unknown,
  endMs: number | null,
  nowMs: number,
  bucketMs: number,
  length: number,
): (number | null)[] {
  const out: (number | null)[] = new Array(length).fill(null);
  if (!Array.isArray(stored) || endMs === null) return out;
  const shift = Math.floor((nowMs - (nowMs % bucketMs) - endMs) / bucketMs);
  if (shift < 0) return out;
  // out[j] is the bucket `length - 1 - j` before now's; stored ends with the bucket at endMs.
  const offset = stored.length - length + shift;
  for (let j = 0; j < length; j++) {
    const v = stored[j + offset];
    out[j] = typeof v === "number" && Number.isFinite(v) ? v : null;
  }
  return out;
}
