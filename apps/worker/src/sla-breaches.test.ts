import { runbookTargets } from "@opsdeck/core/severity/policy";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startWorker, stopWorkers, until } from "./worker-process.testing.ts";

afterEach(stopWorkers, 30_000);

/** Missed SLA targets recorded by real worker processes. */
describe("worker: SLA breaches", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t?.drop());

  it("two workers record an open incident's missed response target once, and leave one in time alone", async () => {
    const detectedAt = new Date(Date.now() - 20 * 60_000);
    const late = await t.db.incident.create({
      data: { title: "Checkout down", severity: "P1", ...runbookTargets("P1"), detectedAt, createdAt: detectedAt },
    });
    const inTime = await t.db.incident.create({
      data: { title: "Slow search", severity: "P2", ...runbookTargets("P2"), detectedAt, createdAt: detectedAt },
    });
    const env = (id: string) => ({
      DATABASE_URL: t.url,
      WORKER_ID: id,
      WORKER_HEARTBEAT_SECONDS: "1",
      WORKER_SLA_SECONDS: "1",
    });
    const a = startWorker(env("sla-a"));
    startWorker(env("sla-b"));
    await until(
      "the missed response target to be recorded",
      async () => (await t.db.incident.findUniqueOrThrow({ where: { id: late.id } })).responseBreachedAt,
      a,
    );
    // Let both workers sweep a few more times: still one entry, one audit row.
    await new Promise((r) => setTimeout(r, 3_000));
    const row = await t.db.incident.findUniqueOrThrow({ where: { id: late.id } });
    expect(row.responseBreachedAt).toEqual(new Date(detectedAt.getTime() + 15 * 60_000));
    expect(row.resolveBreachedAt).toBeNull();
    expect(await t.db.incidentEvent.findMany({ where: { kind: "sla_breach" } })).toMatchObject([
      { incidentId: late.id, authorId: null, data: { target: "response", severity: "P1", targetMinutes: 15 } },
    ]);
    expect(await t.db.auditLog.count({ where: { action: "incident.sla_breach", targetId: late.id } })).toBe(1);
    expect(await t.db.incident.findUniqueOrThrow({ where: { id: inTime.id } })).toMatchObject({
      responseBreachedAt: null,
      resolveBreachedAt: null,
    });
  }, 60_000);
});
