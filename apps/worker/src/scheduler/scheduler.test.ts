import { shardOf } from "@opsdeck/core/check/shards";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Scheduler } from "./scheduler.ts";
import { type Behaviour, resultSummary, seedChecks, startTarget } from "./test-support.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("scheduler (one process)", () => {
  let t: TestDb;
  let target: Awaited<ReturnType<typeof startTarget>>;
  let checks: Awaited<ReturnType<typeof seedChecks>>;
  const behaviours = new Map<number, Behaviour>();
  let stats: ReturnType<Scheduler["stats"]>;
  let windows: ReturnType<Scheduler["takeWindow"]>[];

  beforeAll(async () => {
    t = await createTestDb();
    target = await startTarget(behaviours);
    checks = await seedChecks(t.db, target.port, 52, 1);
    const [flaky, maint] = checks.slice(-2);
    behaviours.set(flaky?.seq ?? 0, [500, 500, 200]);
    behaviours.set(maint?.seq ?? 0, [500]);
    const now = Date.now();
    await t.db.maintenanceWindow.create({
      data: { checkId: maint?.id, startsAt: new Date(now - 60_000), endsAt: new Date(now + 600_000), reason: "test" },
    });
    const scheduler = new Scheduler({
      db: t.db,
      databaseUrl: t.url,
      workerId: "solo",
      liveWithinMs: 3_000,
      leaseTtlMs: 3_000,
      leaseRenewMs: 500,
      pollMs: 300,
      minIntervalMs: 1_000,
      writer: { flushMs: 200 },
    });
    await scheduler.start();
    await sleep(5_500);
    await scheduler.stop();
    stats = scheduler.stats();
    windows = [scheduler.takeWindow(), scheduler.takeWindow()];
    console.log("in-process scheduler", {
      executed: stats.executed,
      lagP50: stats.lagP50,
      lagP99: stats.lagP99,
      missed: stats.missedSlots,
    });
  }, 30_000);

  afterAll(async () => {
    await target.close();
    await t.drop();
  });

  it("derives each check's shard from its seq", () => {
    for (const c of checks) expect(c.shard).toBe(shardOf(c.seq));
  });

  it("runs every slot of every check exactly once, on time", async () => {
    const { perCheck, duplicates } = await resultSummary(t.db);
    expect(duplicates).toBe(0);
    for (const c of checks) {
      const r = perCheck.get(c.seq);
      if (!r) throw new Error(`no results for check ${c.seq}`);
      expect(r.n).toBeGreaterThanOrEqual(4);
      // Consecutive 1 s slots with no gap, and the target saw exactly one request per slot.
      expect((r.last.getTime() - r.first.getTime()) / 1000 + 1).toBe(r.n);
      expect(target.hits.get(c.seq)).toBe(r.n);
    }
    expect(stats.missedSlots).toBe(0);
    expect(stats.skippedOverlaps).toBe(0);
    // Loose: the multi-process suite may share the CPUs meanwhile (alone this measures ~8 ms).
    expect(stats.lagP99).toBeLessThan(250);
  });

  it("reports per-interval figures that start afresh after each take", () => {
    const [first, second] = windows;
    expect(first).toMatchObject({
      executed: stats.executed,
      missedSlots: 0,
      lagP50: stats.lagP50,
      lagP99: stats.lagP99,
    });
    expect(Object.values(first?.lagHist ?? {}).reduce((a, b) => a + b, 0)).toBe(stats.lagSamples);
    expect(first?.lagMax).toBeGreaterThanOrEqual(first?.lagP99 ?? 0);
    expect(first?.ms).toBeGreaterThan(5_000);
    expect(second).toMatchObject({ executed: 0, lagP99: null, lagMax: null, lagHist: {} });
  });

  it("writes minute, hour and day rollups that add up to the raw results", async () => {
    const raw = await t.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "CheckResult"`;
    const sums = await t.db.checkRollup.groupBy({ by: ["period"], _sum: { count: true } });
    for (const s of sums) expect(s._sum.count).toBe(raw[0]?.n);
    expect(sums).toHaveLength(3);
    const one = await t.db.checkRollup.findFirst({ where: { checkSeq: checks[0]?.seq, period: "HOUR" } });
    expect(one?.upCount).toBe(one?.count);
    expect(one?.hist.reduce((a, b) => a + b, 0)).toBe(one?.count);
  });

  it("turns DOWN after two failures and UP after one success, recording each change", async () => {
    const flaky = checks.at(-2) ?? checks[0];
    if (!flaky) throw new Error("no checks");
    const row = await t.db.check.findUniqueOrThrow({ where: { id: flaky.id } });
    expect(row).toMatchObject({ state: "UP", consecutiveFailures: 0 });
    const events = await t.db.checkEvent.findMany({ where: { checkId: flaky.id }, orderBy: { at: "asc" } });
    expect(events.map((e) => `${e.from}>${e.to}`)).toEqual(["UNKNOWN>DOWN", "DOWN>UP"]);
    const downs = await t.db.$queryRaw<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM "CheckResult" WHERE "checkSeq" = ${flaky.seq} AND status = 'DOWN' AND message IS NOT NULL`;
    expect(downs[0]?.n).toBe(2);
  });

  it("shows MAINTENANCE and flags the events of a check under maintenance", async () => {
    const maint = checks.at(-1) ?? checks[0];
    if (!maint) throw new Error("no checks");
    const row = await t.db.check.findUniqueOrThrow({ where: { id: maint.id } });
    expect(row).toMatchObject({ state: "MAINTENANCE", health: "DOWN" });
    const events = await t.db.checkEvent.findMany({ where: { checkId: maint.id }, orderBy: { at: "asc" } });
    expect(events.map((e) => `${e.from}>${e.to}`)).toEqual(["UNKNOWN>MAINTENANCE", "UNKNOWN>DOWN"]);
    expect(events.every((e) => e.duringMaintenance)).toBe(true);
  });

  it("releases its leases when stopped", async () => {
    expect(await t.db.shardLease.count()).toBe(0);
  });
});
