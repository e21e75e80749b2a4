import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../demo/seed.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import type { Ctx } from "../roles.ts";
import { getChecklist } from "./get.ts";
import { listChecklists } from "./list.ts";

const now = new Date("2026-11-23T12:00:00.000Z");
const viewer: Ctx = { actor: { id: "viewer", email: "viewer@example.com", role: "VIEWER" } };

describe("checklist read services", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    await seedDemo({ db: t.db, now });
  });
  afterAll(() => t.drop());

  it("lists templates by cadence with their current period and run progress", async () => {
    const list = await listChecklists({ db: t.db, ctx: viewer, now });
    expect(list.map((c) => [c.cadence, c.slug, c.currentPeriodKey, c.run?.done ?? null])).toEqual([
      ["DAILY", "daily-database-checks", "2026-11-23", 2],
      ["WEEKLY", "weekly-database-maintenance", "2026-W48", null],
      ["MONTHLY", "monthly-maintenance", "2026-11", null],
      ["QUARTERLY", "quarterly-backup-restore", "2026-Q4", null],
      ["PRE_DEPLOY", "pre-deploy", null, null],
    ]);
    expect(list[0]?.run).toEqual({
      id: expect.any(String),
      periodKey: "2026-11-23",
      startedAt: new Date(now.getTime() - 30 * 60_000).toISOString(),
      done: 2,
      total: 6,
      signedOffAt: null,
      signedOffBy: null,
      note: null,
    });
    expect(list.map((c) => c.itemCount)).toEqual([6, 4, 5, 7, 8]);
  });

  it("reads the current period in the team's time zone", async () => {
    const [daily] = await listChecklists({
      db: t.db,
      ctx: viewer,
      input: { tz: "Pacific/Kiritimati", cadence: "DAILY" },
      now,
    });
    expect(daily).toMatchObject({ currentPeriodKey: "2026-11-24", run: null });
    const bad = listChecklists({ db: t.db, ctx: viewer, input: { tz: "Mars/Base" } });
    await expect(bad).rejects.toMatchObject({ fieldErrors: { tz: ["Unknown time zone"] } });
  });

  it("gets a template with the current run's results per item", async () => {
    const daily = await getChecklist({ db: t.db, ctx: viewer, input: { slug: "daily-database-checks" }, now });
    expect(daily.items.map((i) => [i.position, i.result?.done])).toEqual([
      [0, true],
      [1, true],
      [2, false],
      [3, false],
      [4, false],
      [5, false],
    ]);
    expect(daily.items[0]?.detail).toContain("pg_database_size");
    expect(daily.items[0]?.result).toEqual({ done: true, note: null, doneAt: expect.any(String), doneBy: null });
    expect(daily.run).toMatchObject({ periodKey: "2026-11-23", done: 2, total: 6 });
    expect(daily.recentRuns).toEqual([daily.run]);
    expect(await getChecklist({ db: t.db, ctx: viewer, input: { id: daily.id }, now })).toEqual(daily);
  });

  it("gets another period's run, or none", async () => {
    const past = await getChecklist({
      db: t.db,
      ctx: viewer,
      input: { slug: "daily-database-checks", periodKey: "2026-11-22" },
      now,
    });
    expect(past.run).toBeNull();
    expect(past.items.every((i) => i.result === null)).toBe(true);
    expect(past.currentPeriodKey).toBe("2026-11-23");
  });

  it("shows who signed off, and the latest pre-deploy run", async () => {
    const user = await t.db.user.create({ data: { email: "oncall@example.com", name: "On-call" } });
    const daily = await t.db.checklistTemplate.findUniqueOrThrow({ where: { slug: "daily-database-checks" } });
    await t.db.checklistRun.update({
      where: { templateId_periodKey: { templateId: daily.id, periodKey: "2026-11-23" } },
      data: { signedOffAt: now, signedOffById: user.id, note: "All good" },
    });
    const pre = await t.db.checklistTemplate.findUniqueOrThrow({
      where: { slug: "pre-deploy" },
      include: { items: true },
    });
    await t.db.checklistRun.create({
      data: { templateId: pre.id, periodKey: "deploy-1", startedAt: new Date(now.getTime() - 86_400_000) },
    });
    await t.db.checklistRun.create({
      data: {
        templateId: pre.id,
        periodKey: "deploy-2",
        startedAt: now,
        results: {
          create: pre.items.slice(0, 3).map((i) => ({ itemId: i.id, done: true, doneById: user.id, doneAt: now })),
        },
      },
    });
    const list = await listChecklists({ db: t.db, ctx: viewer, now });
    expect(list[0]?.run).toMatchObject({
      signedOffAt: now.toISOString(),
      signedOffBy: { id: user.id, name: "On-call", email: "oncall@example.com" },
      note: "All good",
    });
    expect(list[4]?.run).toMatchObject({ periodKey: "deploy-2", done: 3, total: 8 });
    const detail = await getChecklist({ db: t.db, ctx: viewer, input: { slug: "pre-deploy" }, now });
    expect(detail.run?.periodKey).toBe("deploy-2");
    expect(detail.items[0]?.result?.doneBy).toEqual({ id: user.id, name: "On-call", email: "oncall@example.com" });
    expect(detail.recentRuns.map((r) => r.periodKey)).toEqual(["deploy-2", "deploy-1"]);
    const older = await getChecklist({
      db: t.db,
      ctx: viewer,
      input: { slug: "pre-deploy", periodKey: "deploy-1" },
      now,
    });
    expect(older.run).toMatchObject({ periodKey: "deploy-1", done: 0 });
  });

  it("hides archived templates unless asked", async () => {
    await t.db.checklistTemplate.update({ where: { slug: "monthly-maintenance" }, data: { archivedAt: now } });
    expect((await listChecklists({ db: t.db, ctx: viewer, now })).map((c) => c.slug)).not.toContain(
      "monthly-maintenance",
    );
    const all = await listChecklists({ db: t.db, ctx: viewer, input: { includeArchived: true }, now });
    expect(all.find((c) => c.slug === "monthly-maintenance")?.archivedAt).toBe(now.toISOString());
  });

  it("gives NotFoundError for a missing template and ValidationError without a key", async () => {
    await expect(getChecklist({ db: t.db, ctx: viewer, input: { slug: "nope" } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(getChecklist({ db: t.db, ctx: viewer, input: { id: "nope" } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getChecklist({ db: t.db, ctx: viewer, input: {} })).rejects.toBeInstanceOf(ValidationError);
    await expect(getChecklist({ db: t.db, ctx: viewer, input: { id: "a", slug: "b" } })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });
});
