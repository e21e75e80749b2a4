import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../demo/seed.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import type { Ctx } from "../roles.ts";
import { getChecklist } from "./get.ts";
import { listChecklistRuns } from "./history.ts";
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

  it("lists templates by cadence with their current period, deadline and current run", async () => {
    const list = await listChecklists({ db: t.db, ctx: viewer, now });
    expect(list.map((c) => [c.cadence, c.slug, c.currentPeriodKey, c.run?.periodKey ?? null])).toEqual([
      ["DAILY", "daily-database-checks", "2026-11-23", null],
      ["WEEKLY", "weekly-database-maintenance", "2026-W48", null],
      ["MONTHLY", "monthly-maintenance", "2026-11", null],
      ["QUARTERLY", "quarterly-backup-restore", "2026-Q4", null],
      ["PRE_DEPLOY", "pre-deploy", null, "deploy-2047"],
    ]);
    expect(list[0]).toMatchObject({ timeZone: "UTC", dueTime: "10:00", graceMinutes: 120, assigneeRole: "RESPONDER" });
    expect(list[0]?.dueText).toMatch(/10:00/);
    expect(list[4]?.run).toMatchObject({
      status: "SIGNED",
      signedOffByName: "Priya Shah",
      counts: { done: 7, na: 1, notDone: 0, open: 0 },
      total: 8,
    });
  });

  it("gets a template with its items, evidence rules and latest runs", async () => {
    const daily = await getChecklist({ db: t.db, ctx: viewer, input: { slug: "daily-database-checks" }, now });
    expect(daily.items.map((i) => i.evidence).filter(Boolean)).toEqual([
      "checks.all_up",
      "incidents.none_open_major",
      "backups.fresh",
    ]);
    expect(daily.recentRuns.map((r) => [r.periodKey, r.status])).toEqual([
      ["2026-11-22", "SIGNED"],
      ["2026-11-21", "LATE"],
      ["2026-11-20", "SIGNED"],
      ["2026-11-19", "MISSED"],
      ["2026-11-18", "SIGNED"],
      ["2026-11-17", "LATE"],
      ["2026-11-16", "SIGNED"],
      ["2026-11-15", "SIGNED"],
      ["2026-11-14", "MISSED"],
      ["2026-11-13", "SIGNED"],
    ]);
  });

  it("lists a checklist's runs between two days of its zone", async () => {
    const history = await listChecklistRuns({
      db: t.db,
      ctx: viewer,
      input: { slug: "daily-database-checks", from: "2026-11-14", to: "2026-11-16" },
      now,
    });
    expect(history.runs.map((r) => r.periodKey)).toEqual(["2026-11-16", "2026-11-15", "2026-11-14"]);
    await expect(
      listChecklistRuns({ db: t.db, ctx: viewer, input: { slug: "daily-database-checks", from: "2026-02-30" }, now }),
    ).rejects.toMatchObject({ fieldErrors: { from: ["No such day"] } });
  });

  it("hides archived templates unless asked", async () => {
    await t.db.checklistTemplate.update({ where: { slug: "monthly-maintenance" }, data: { archivedAt: now } });
    expect((await listChecklists({ db: t.db, ctx: viewer, now })).map((c) => c.slug)).not.toContain(
      "monthly-maintenance",
    );
    const all = await listChecklists({ db: t.db, ctx: viewer, input: { includeArchived: true }, now });
    expect(all.find((c) => c.slug === "monthly-maintenance")?.archivedAt).toBe(now.toISOString());
  });

  it("gives NotFoundError for a missing template and ValidationError for a bad slug", async () => {
    await expect(getChecklist({ db: t.db, ctx: viewer, input: { slug: "nope" } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(getChecklist({ db: t.db, ctx: viewer, input: { slug: "Bad Slug!" } })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });
});
