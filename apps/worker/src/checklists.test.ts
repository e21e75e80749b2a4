import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startWorker, stopWorkers, until } from "./worker-process.testing.ts";

afterEach(stopWorkers, 30_000);

/** Checklist runs opened by real worker processes. */
describe("worker: checklist runs", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t?.drop());

  it("two workers open each checklist's run for this period once, and mark an overdue run missed once", async () => {
    const zones = ["UTC", "Asia/Kolkata", "America/Los_Angeles", "Pacific/Kiritimati"];
    for (const [i, timeZone] of zones.entries())
      await t.db.checklistTemplate.create({
        data: {
          slug: `daily-${i}`,
          name: `Daily ${timeZone}`,
          cadence: i === 3 ? "WEEKLY" : "DAILY",
          timeZone,
          items: {
            create: [
              { position: 0, title: "Look" },
              { position: 1, title: "All checks up", evidence: "checks.all_up" },
            ],
          },
        },
      });
    const past = await t.db.checklistTemplate.create({
      data: { slug: "past", name: "Past", cadence: "DAILY", items: { create: [{ position: 0, title: "Look" }] } },
    });
    const overdue = await t.db.checklistRun.create({
      data: {
        templateId: past.id,
        periodKey: "2000-01-01",
        dueAt: new Date(Date.now() - 120_000),
        missAfter: new Date(Date.now() - 60_000),
      },
    });
    const env = (id: string) => ({
      DATABASE_URL: t.url,
      WORKER_ID: id,
      WORKER_HEARTBEAT_SECONDS: "1",
      WORKER_CHECKLIST_SECONDS: "1",
    });
    const a = startWorker(env("checklists-a"));
    startWorker(env("checklists-b"));
    await until(
      "every checklist's run to open and the overdue one to be missed",
      async () =>
        (await t.db.checklistRun.count({ where: { template: { slug: { startsWith: "daily-" } } } })) === 4 &&
        (await t.db.checklistRun.findUniqueOrThrow({ where: { id: overdue.id } })).missedAt,
      a,
      20_000,
    );
    // Let both workers tick a few more times: still one run per checklist and period, one miss.
    await new Promise((r) => setTimeout(r, 3_000));
    const runs = await t.db.checklistRun.findMany({
      where: { template: { slug: { startsWith: "daily-" } } },
      include: { template: true, results: { orderBy: { position: "asc" } } },
    });
    expect(runs).toHaveLength(4);
    for (const run of runs) {
      expect(run.openedById).toBeNull();
      expect(run.results.map((r) => r.title)).toEqual(["Look", "All checks up"]);
      expect(run.results[1]?.evidence).toMatchObject({ opened: { rule: "checks.all_up", status: "unknown" } });
    }
    expect(await t.db.auditLog.count({ where: { action: "checklist.missed", targetId: overdue.id } })).toBe(1);
  }, 60_000);
});
