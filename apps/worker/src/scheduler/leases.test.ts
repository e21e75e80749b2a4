import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LeaseLoop } from "./lease-loop.ts";
import { acquireLeases, leaseSnapshot, releaseLeases, renewLeases } from "./leases.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("shard leases", () => {
  let t: TestDb;
  let pool: pg.Pool;
  beforeAll(async () => {
    t = await createTestDb();
    pool = new pg.Pool({ connectionString: t.url, max: 4 });
  });
  afterAll(async () => {
    await pool.end();
    await t.drop();
  });

  it("are held by one worker at a time, even when two race for them", async () => {
    const [a, b] = await Promise.all([
      acquireLeases(pool, "a", [0, 1, 2, 3], 500),
      acquireLeases(pool, "b", [0, 1, 2, 3], 500),
    ]);
    expect([...a, ...b].sort()).toEqual([0, 1, 2, 3]);
    const winner = a.length ? "a" : "b";
    const loser = winner === "a" ? "b" : "a";
    expect(await renewLeases(pool, loser, [0, 1, 2, 3], 500)).toEqual([]);
    expect((await renewLeases(pool, winner, [0, 1], 500)).sort()).toEqual([0, 1]);
  });

  it("pass to another worker only once expired or released", async () => {
    await acquireLeases(pool, "a", [10, 11], 300);
    expect(await acquireLeases(pool, "b", [10, 11], 300)).toEqual([]);
    await releaseLeases(pool, "a", [11]);
    expect(await acquireLeases(pool, "b", [11], 300)).toEqual([11]);
    await sleep(350);
    expect(await acquireLeases(pool, "b", [10], 300)).toEqual([10]);
    expect(await renewLeases(pool, "a", [10], 300)).toEqual([]);
    const snap = await leaseSnapshot(pool, 10_000);
    expect(snap.leases.find((l) => l.shard === 10)).toMatchObject({ ownerId: "b", expired: false });
  });

  it("are taken back at once by a worker restarted under the same id", async () => {
    await t.db.shardLease.deleteMany();
    const opts = { me: "same", ttlMs: 60_000, renewMs: 60_000, liveWithinMs: 3_000 };
    const quiet = { onGained: () => {}, onLost: () => {} };
    const first = new LeaseLoop(pool, opts, quiet);
    await first.start();
    expect(first.owned()).toHaveLength(64);
    // The first one dies without releasing anything (kill -9): its leases stay in the table.
    const second = new LeaseLoop(pool, opts, quiet);
    await second.start();
    expect(second.owned()).toHaveLength(64);
    const other = new LeaseLoop(pool, { ...opts, me: "other" }, quiet);
    await other.start();
    expect(other.owned()).toEqual([]);
    await other.stop();
    await second.stop();
    await first.stop();
  });

  it("stop counting as held locally as soon as the TTL passes without a renewal", async () => {
    await t.db.shardLease.deleteMany();
    const lost: number[] = [];
    const loop = new LeaseLoop(
      pool,
      { me: "solo", ttlMs: 1_000, renewMs: 60_000, liveWithinMs: 3_000 },
      { onGained: () => {}, onLost: (s) => lost.push(...s) },
    );
    await loop.start();
    expect(loop.owned()).toHaveLength(64);
    expect(loop.holds(5)).toBe(true);
    await sleep(1_050);
    expect(loop.holds(5)).toBe(false);
    expect(loop.owned()).toEqual([]);
    await loop.stop();
    expect(lost).toHaveLength(64);
    expect(await t.db.shardLease.count()).toBe(0);
  });
});
