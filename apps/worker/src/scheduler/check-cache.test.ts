import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CheckCache } from "./check-cache.ts";

const ALL = Array.from({ length: 64 }, (_, i) => i);

describe("check cache", () => {
  let t: TestDb;
  let serviceId: string;
  beforeAll(async () => {
    t = await createTestDb();
    serviceId = (await t.db.service.create({ data: { slug: "cache", name: "Cache" } })).id;
  });
  afterAll(() => t.drop());

  const create = (name: string) =>
    t.db.check.create({
      data: {
        serviceId,
        name,
        kind: "HTTP",
        config: { kind: "http", url: "http://127.0.0.1:9/" },
        intervalSeconds: 30,
      },
    });

  it("picks up created, edited, paused and deleted checks and run-now requests", async () => {
    const cache = new CheckCache(t.db);
    const a = await create("a");
    const b = await create("b");
    let diff = await cache.refresh(ALL);
    expect(diff.upserted.map((c) => c.name).sort()).toEqual(["a", "b"]);
    expect(cache.checks.get(a.id)?.config).toMatchObject({ kind: "http" });
    expect((await cache.refresh(ALL)).upserted).toEqual([]);

    // Our own state wins over the (not yet flushed) row when an edit reloads the check.
    Object.assign(cache.checks.get(a.id) ?? {}, { state: "DOWN", consecutiveFailures: 3 });
    await t.db.check.update({ where: { id: a.id }, data: { intervalSeconds: 60 } });
    diff = await cache.refresh(ALL);
    expect(diff.upserted.map((c) => [c.intervalSeconds, c.state, c.consecutiveFailures])).toEqual([[60, "DOWN", 3]]);

    await t.db.check.update({ where: { id: a.id }, data: { runRequestedAt: new Date() } });
    expect((await cache.refresh(ALL)).runNow.map((c) => c.id)).toEqual([a.id]);
    expect((await cache.refresh(ALL)).runNow).toEqual([]);

    await t.db.check.update({ where: { id: a.id }, data: { paused: true } });
    await t.db.check.delete({ where: { id: b.id } });
    diff = await cache.refresh(ALL);
    expect(diff.removed.map((c) => c.name).sort()).toEqual(["a", "b"]);
    expect(cache.checks.size).toBe(0);
  });

  it("loads only the given shards, and drops a lost shard's checks", async () => {
    const c = await create("c");
    const cache = new CheckCache(t.db);
    expect((await cache.refresh([(c.shard + 1) % 64])).upserted).toEqual([]);
    expect((await cache.refresh([c.shard])).upserted.map((x) => x.id)).toEqual([c.id]);
    expect(cache.dropShards([c.shard]).map((x) => x.id)).toEqual([c.id]);
  });

  it("reads all stamps again only when what it would read has changed", async () => {
    const e = await create("e");
    const cache = new CheckCache(t.db);
    await cache.refresh(ALL);
    const reads = () => cache.fullReads;
    const at = reads();
    // The writer's own updates (state, last result) are not among what the cache reads.
    await t.db.$executeRaw`UPDATE "Check" SET state = 'UP', "lastCheckedAt" = now() WHERE id = ${e.id}`;
    expect((await cache.refresh(ALL)).upserted).toEqual([]);
    expect(reads()).toBe(at);

    const changes = [
      () => t.db.check.update({ where: { id: e.id }, data: { name: "e2" } }),
      () => t.db.$executeRaw`UPDATE "Check" SET "lastPingAt" = now() WHERE id = ${e.id}`,
      () => t.db.$executeRaw`UPDATE "Check" SET "runRequestedAt" = now() WHERE id = ${e.id}`,
      () => create("f"),
      () => t.db.check.update({ where: { id: e.id }, data: { paused: true } }),
    ];
    for (const [i, change] of changes.entries()) {
      await change();
      await cache.refresh(ALL);
      expect({ change: i, reads: reads() }).toEqual({ change: i, reads: at + i + 1 });
    }
    await cache.refresh(ALL.slice(1));
    expect(reads()).toBe(at + changes.length + 1);
  });

  it("knows which checks a maintenance window covers, by check or by service", async () => {
    const d = await create("d");
    const now = Date.now();
    await t.db.maintenanceWindow.create({
      data: { serviceId, startsAt: new Date(now + 60_000), endsAt: new Date(now + 120_000), reason: "upgrade" },
    });
    const cache = new CheckCache(t.db);
    await cache.refresh(ALL);
    const check = cache.checks.get(d.id);
    if (!check) throw new Error("not loaded");
    expect(cache.inMaintenance(check, now)).toBe(false);
    expect(cache.inMaintenance(check, now + 90_000)).toBe(true);
    expect(cache.inMaintenance(check, now + 120_000)).toBe(false);
  });
});
