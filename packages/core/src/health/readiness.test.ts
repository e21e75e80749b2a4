import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { beat, pruneHeartbeats, retire } from "./heartbeat.ts";
import { checkReadiness } from "./readiness.ts";

describe("readiness", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  const worker = { id: "w1", hostname: "host", pid: 42, version: "0.1.0" };

  it("is not ready without a worker heartbeat, and says so", async () => {
    const r = await checkReadiness(t.db);
    expect(r.database.ok).toBe(true);
    expect(r.migrations.ok).toBe(true);
    expect(r.worker).toEqual({ ok: false, message: "no worker has reported a heartbeat" });
    expect(r.ready).toBe(false);
  });

  it("is ready with a fresh heartbeat and not with a stale one", async () => {
    const now = new Date();
    await beat(t.db, worker, now);
    expect((await checkReadiness(t.db, now)).ready).toBe(true);
    const later = new Date(now.getTime() + 45_000);
    const stale = await checkReadiness(t.db, later);
    expect(stale.ready).toBe(false);
    expect(stale.worker.message).toMatch(/45 s ago \(limit 30 s\)/);
  });

  it("reports a pending migration", async () => {
    await t.db.$executeRawUnsafe(`DELETE FROM "_prisma_migrations"`);
    const r = await checkReadiness(t.db);
    expect(r.migrations.ok).toBe(false);
    expect(r.migrations.message).toMatch(/pending/);
    expect(r.ready).toBe(false);
  });

  it("retires and prunes heartbeats", async () => {
    await beat(t.db, { ...worker, id: "w2" }, new Date(Date.now() - 7200_000));
    expect(await pruneHeartbeats(t.db)).toBe(1);
    await retire(t.db, "w1");
    expect(await t.db.workerHeartbeat.count()).toBe(0);
  });

  it("reports an unreachable database without throwing", async () => {
    const { createDb } = await import("@opsdeck/db");
    const dead = createDb("postgresql://postgres:postgres@127.0.0.1:1/nowhere", 1);
    const r = await checkReadiness(dead);
    expect(r.ready).toBe(false);
    expect(r.database.ok).toBe(false);
    expect(r.database.message).toMatch(/database unreachable/);
    await dead.$disconnect();
  });
});
