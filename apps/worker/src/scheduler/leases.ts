import type { LeaseRow } from "@opsdeck/core/check/shards";
import type pg from "pg";

// Every statement compares with the database clock, so workers on different machines agree on expiry.

/** Take free or expired shards (or extend our own); returns the shards now held. */
export async function acquireLeases(pool: pg.Pool, me: string, shards: number[], ttlMs: number): Promise<number[]> {
  if (shards.length === 0) return [];
  const { rows } = await pool.query<{ shard: number }>(
    `INSERT INTO "ShardLease" (shard, "ownerId", "expiresAt", "updatedAt")
     SELECT s, $1, now() + $3 * interval '1 millisecond', now() FROM unnest($2::int[]) AS s
     ON CONFLICT (shard) DO UPDATE SET "ownerId" = EXCLUDED."ownerId", "expiresAt" = EXCLUDED."expiresAt", "updatedAt" = now()
     WHERE "ShardLease"."expiresAt" < now() OR "ShardLease"."ownerId" = $1
     RETURNING shard`,
    [me, shards, ttlMs],
  );
  return rows.map((r) => r.shard);
}

/** Extend the leases we still own; a shard missing from the answer was lost. */
export async function renewLeases(pool: pg.Pool, me: string, shards: number[], ttlMs: number): Promise<number[]> {
  if (shards.length === 0) return [];
  const { rows } = await pool.query<{ shard: number }>(
    `UPDATE "ShardLease" SET "expiresAt" = now() + $3 * interval '1 millisecond', "updatedAt" = now()
     WHERE "ownerId" = $1 AND shard = ANY($2::int[]) RETURNING shard`,
    [me, shards, ttlMs],
  );
  return rows.map((r) => r.shard);
}

export async function releaseLeases(pool: pg.Pool, me: string, shards: number[]): Promise<void> {
  if (shards.length === 0) return;
  await pool.query(`DELETE FROM "ShardLease" WHERE "ownerId" = $1 AND shard = ANY($2::int[])`, [me, shards]);
}

/** All leases and the number of workers with a heartbeat newer than `liveWithinMs`. */
export async function leaseSnapshot(
  pool: pg.Pool,
  liveWithinMs: number,
): Promise<{ leases: LeaseRow[]; liveWorkers: number }> {
  const { rows } = await pool.query<{
    shard: number | null;
    ownerId: string | null;
    expired: boolean | null;
    live: number;
  }>(
    `SELECT l.shard, l."ownerId", l."expiresAt" < now() AS expired,
       (SELECT count(*)::int FROM "WorkerHeartbeat" WHERE "lastSeenAt" > now() - $1 * interval '1 millisecond') AS live
     FROM (SELECT 1) AS one LEFT JOIN "ShardLease" l ON true`,
    [liveWithinMs],
  );
  const leases = rows
    .filter((r) => r.shard !== null)
    .map((r) => ({ shard: r.shard as number, ownerId: r.ownerId as string, expired: r.expired === true }));
  return { leases, liveWorkers: rows[0]?.live ?? 0 };
}
