import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../demo/seed.ts";
import { ValidationError } from "../errors.ts";
import { type Ctx, systemCtx } from "../roles.ts";
import { getOverviewSummary } from "./summary.ts";
import { runbookTargets } from "../severity/policy.ts";

const now = new Date("2026-11-23T12:00:00.000Z");
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const NO_CHECKS = { UP: 0, DEGRADED: 0, DOWN: 0, PAUSED: 0, MAINTENANCE: 0, UNKNOWN: 0 };
const viewer: Ctx = { actor: { id: "viewer", email: "viewer@example.com", role: "VIEWER" } };

describe("overview summary on an empty database", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  it("is all zeros, for a viewer or the system", async () => {
    expect(await getOverviewSummary({ db: t.db, ctx: systemCtx(), now })).toEqual(
      await getOverviewSummary({ db: t.db, ctx: viewer, now }),
    );
    expect(await getOverviewSummary({ db: t.db, ctx: viewer, now })).toEqual({
      services: 0,
      checks: { total: 0, byState: NO_CHECKS },
      openIncidents: { total: 0, bySeverity: { P0: 0, P1: 0, P2: 0, P3: 0 }, slaBreached: 0 },
      oldestOpenIncident: null,
      openActionItems: { total: 0, overdue: 0 },
      checklistsToday: { periodKey: "2026-11-23", due: 0, signedOff: 0, missed: [] },
    });
  });
});

describe("overview summary on the demo data", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    await seedDemo({ db: t.db, now });
  });
  afterAll(() => t.drop());

  it("counts services, open incidents, action items and today's checklists", async () => {
    expect(await getOverviewSummary({ db: t.db, ctx: viewer, now })).toEqual({
      services: 6,
      checks: { total: 0, byState: NO_CHECKS },
      openIncidents: { total: 1, bySeverity: { P0: 0, P1: 0, P2: 1, P3: 0 }, slaBreached: 1 },
      oldestOpenIncident: {
        id: expect.any(String),
        number: expect.any(Number),
        title: "Elevated API latency",
        severity: "P2",
        status: "IDENTIFIED",
        detectedAt: new Date(now.getTime() - 95 * MIN).toISOString(),
        ageMs: 95 * MIN,
      },
      openActionItems: { total: 2, overdue: 0 },
      checklistsToday: { periodKey: "2026-11-23", due: 1, signedOff: 0, missed: [] },
    });
  });

  it("counts every check by the state it shows", async () => {
    const service = await t.db.service.findFirstOrThrow();
    const check = (name: string, state: "UP" | "DOWN" | "MAINTENANCE", health: "UP" | "DOWN" = "UP") =>
      t.db.check.create({ data: { serviceId: service.id, name, state, health, kind: "HTTP", config: {} } });
    await check("a", "UP");
    await check("b", "DOWN");
    // MAINTENANCE written by the worker, with no window left: the probe's own state shows.
    await check("c", "MAINTENANCE", "DOWN");
    const { checks } = await getOverviewSummary({ db: t.db, ctx: viewer, now });
    expect(checks).toEqual({ total: 3, byState: { ...NO_CHECKS, UP: 1, DOWN: 2 } });
    await t.db.check.deleteMany({ where: { serviceId: service.id } });
  });

  it("counts overdue action items and the day in the team's time zone", async () => {
    const later = new Date(now.getTime() + 10 * DAY);
    const summary = await getOverviewSummary({ db: t.db, ctx: viewer, input: { tz: "America/New_York" }, now: later });
    expect(summary.openActionItems).toEqual({ total: 2, overdue: 1 });
    expect(summary.checklistsToday).toEqual({ periodKey: "2026-12-03", due: 1, signedOff: 0, missed: [] });
    await expect(getOverviewSummary({ db: t.db, ctx: viewer, input: { tz: "Nope/Nope" } })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it("picks the oldest open incident and counts signed-off daily runs", async () => {
    await t.db.incident.create({
      data: {
        title: "Nightly backup missed",
        severity: "P3",
        ...runbookTargets("P3"),
        status: "INVESTIGATING",
        detectedAt: new Date(now.getTime() - DAY),
      },
    });
    const daily = await t.db.checklistTemplate.findUniqueOrThrow({ where: { slug: "daily-database-checks" } });
    await t.db.checklistRun.create({ data: { templateId: daily.id, periodKey: "2026-11-23", signedOffAt: now } });
    const summary = await getOverviewSummary({ db: t.db, ctx: viewer, now });
    expect(summary.openIncidents).toEqual({ total: 2, bySeverity: { P0: 0, P1: 0, P2: 1, P3: 1 }, slaBreached: 2 });
    expect(summary.oldestOpenIncident).toMatchObject({ title: "Nightly backup missed", ageMs: DAY });
    expect(summary.checklistsToday).toMatchObject({ due: 1, signedOff: 1 });
  });

  it("lists runs missed in a period that is still on, in red, and forgets them once it is over", async () => {
    const weekly = await t.db.checklistTemplate.findUniqueOrThrow({ where: { slug: "weekly-database-maintenance" } });
    await t.db.checklistRun.create({
      data: {
        templateId: weekly.id,
        periodKey: "2026-W48",
        dueAt: new Date(now.getTime() - 2 * HOUR),
        missAfter: new Date(now.getTime() - HOUR),
        missedAt: new Date(now.getTime() - HOUR + 5_000),
      },
    });
    const summary = await getOverviewSummary({ db: t.db, ctx: viewer, now });
    expect(summary.checklistsToday.missed).toEqual([
      {
        slug: "weekly-database-maintenance",
        name: "Weekly database maintenance",
        periodKey: "2026-W48",
        missedAt: new Date(now.getTime() - HOUR + 5_000).toISOString(),
      },
    ]);
    const nextWeek = await getOverviewSummary({ db: t.db, ctx: viewer, now: new Date(now.getTime() + 7 * DAY) });
    expect(nextWeek.checklistsToday.missed).toEqual([]);
  });
});
