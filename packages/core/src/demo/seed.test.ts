import { ALERT_PRESETS } from "../alert/presets.ts";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_CHECKLISTS } from "./checklists.ts";
import { systemCtx } from "../roles.ts";
import { onCallEverywhere } from "../schedule/on-call.ts";
import { isSetupOpen } from "../user/setup-first-admin.ts";
import { getOnCallReport } from "../oncall-report/get.ts";
import { seedDemo } from "./seed.ts";

const now = new Date("2026-11-23T12:00:00.000Z");
const MIN = 60_000;

describe("seedDemo on an empty database", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  it("seeds once and reports what it created", async () => {
    const result = await seedDemo({ db: t.db, now });
    const items = DEMO_CHECKLISTS.reduce((n, c) => n + c.items.length, 0);
    // Thirteen days, four weeks, two months, one quarter and two deploys of history.
    const runs = { DAILY: 13, WEEKLY: 4, MONTHLY: 2, QUARTERLY: 1, PRE_DEPLOY: 2 };
    const results = DEMO_CHECKLISTS.reduce((n, c) => n + runs[c.cadence] * c.items.length, 0);
    expect(result).toEqual({
      seeded: true,
      counts: {
        services: 6,
        checklistTemplates: 5,
        checklistItems: items,
        checklistRuns: 22,
        checklistItemResults: results,
        incidents: 3,
        // With the P2's response, acknowledged after 72 of its 60 minutes, recorded as missed.
        incidentEvents: 16,
        responseSteps: 7 + 4 + 2,
        postmortems: 1,
        actionItems: 3,
        alertRules: ALERT_PRESETS.length,
        users: 2,
        schedules: 1,
        escalationPolicies: 2,
        // Ada by mail and Slack on all three incidents, Ben by mail on the P2 and the P3.
        incidentPages: 2 + 1 + 2 + 1 + 2,
      },
    });
    expect((await t.db.alertRule.findMany({ orderBy: { name: "asc" } })).map((r) => r.preset).sort()).toEqual(
      ALERT_PRESETS.map((p) => p.key).sort(),
    );
    expect(await t.db.service.count()).toBe(6);
    expect(await t.db.checklistTemplateItem.count()).toBe(items);
    expect(await t.db.incidentEvent.count()).toBe(16);
    const paging = await t.db.escalationPolicy.findUniqueOrThrow({
      where: { name: "Page on-call for P0/P1" },
      include: { steps: { orderBy: { position: "asc" }, include: { schedule: true } } },
    });
    expect(paging).toMatchObject({ severities: ["P0", "P1"], repeat: 1, hours: "ALWAYS" });
    expect(paging.steps.map((x) => [x.schedule?.name, x.layerName, x.waitMinutes])).toEqual([
      ["Operations on-call", "primary", 5],
      ["Operations on-call", "secondary", 10],
    ]);
    expect(
      await t.db.escalationPolicy.count({ where: { hours: "WORKING_HOURS", severities: { hasEvery: ["P2", "P3"] } } }),
    ).toBe(1);
    expect(await t.db.incident.findMany({ where: { responseBreachedAt: { not: null } } })).toMatchObject([
      { severity: "P2", resolveBreachedAt: null },
    ]);
    // The demo's pages give the on-call load report figures: one page per step however many methods.
    const load = await getOnCallReport({ db: t.db, ctx: systemCtx(), input: { timeZone: "UTC" }, now });
    expect(
      load.people.map((p) => [
        p.user.name,
        p.pages,
        p.ack.count,
        p.ack.p50Ms,
        p.unacknowledgedPages,
        p.acknowledgedByOthers,
      ]),
    ).toEqual([
      // Ada: 8 minutes on the P1 (paged at 1, acknowledged at 9), 41 on the P2 (paged at 31, at 72); the P3 was Ben's.
      ["Ada (demo)", 3, 2, 24.5 * MIN, 1, 1],
      // Ben: 189 minutes on the P3 (paged at 1, acknowledged at 190); Ada took the P2.
      ["Ben (demo)", 2, 1, 189 * MIN, 1, 1],
    ]);
    // The on-call rotation's two demo users cannot sign in: disabled, no password.
    expect(await t.db.user.findMany({ select: { disabledAt: true, passwordHash: true } })).toEqual([
      { disabledAt: now, passwordHash: null },
      { disabledAt: now, passwordHash: null },
    ]);
    expect(await isSetupOpen(t.db)).toBe(true);
    const audit = await t.db.auditLog.findMany();
    expect(audit).toMatchObject([
      { actorId: null, actorLabel: "demo-seed", action: "demo.seed", targetType: "Database" },
    ]);
  });

  it("puts the two demo users on a weekly primary and secondary rotation, handing off on Monday 09:00 Berlin", async () => {
    // `now` is Monday 23 November, 13:00 Berlin: Ada had the week before, Ben took over at 09:00 (08:00 UTC).
    const [schedule] = await onCallEverywhere({ db: t.db, ctx: systemCtx(), now });
    expect(schedule?.layers.map((l) => [l.name, l.user?.email, l.since, l.until])).toEqual([
      ["primary", "ben.demo@example.com", "2026-11-23T08:00:00.000Z", "2026-11-30T08:00:00.000Z"],
      ["secondary", "ada.demo@example.com", "2026-11-23T08:00:00.000Z", "2026-11-30T08:00:00.000Z"],
    ]);
  });

  it("refuses a second time", async () => {
    const again = await seedDemo({ db: t.db, now });
    expect(again.seeded).toBe(false);
    expect(again).toMatchObject({ reason: expect.stringContaining("6 services") });
    expect(await t.db.service.count()).toBe(6);
    expect(await t.db.auditLog.count()).toBe(1);
  });

  it("times the Stripe incident from now and derives its timestamps from the timeline", async () => {
    const incident = await t.db.incident.findFirstOrThrow({
      where: { title: "Stripe webhook failures" },
      include: { events: { orderBy: { at: "asc" } }, postmortem: { include: { actionItems: true } }, service: true },
    });
    const detected = now.getTime() - 3 * 24 * 60 * MIN;
    expect(incident).toMatchObject({ severity: "P1", status: "RESOLVED", service: { slug: "stripe" } });
    expect(incident.detectedAt.getTime()).toBe(detected);
    expect(incident.acknowledgedAt?.getTime()).toBe(detected + 9 * MIN);
    expect(incident.mitigatedAt?.getTime()).toBe(detected + 58 * MIN);
    expect(incident.resolvedAt?.getTime()).toBe(detected + 150 * MIN);
    expect(incident.events.map((e) => e.kind)).toEqual([
      "detected",
      "acknowledged",
      "note",
      "identified",
      "mitigated",
      "monitoring",
      "resolved",
    ]);
    const pm = incident.postmortem;
    expect(pm?.status).toBe("PUBLISHED");
    expect(pm?.timeline.split("\n")).toHaveLength(7);
    expect(pm?.timeline).toContain("2026-11-20 12:09 UTC — On-call acknowledged");
    expect(pm?.actionItems.map((a) => a.status).sort()).toEqual(["DONE", "IN_PROGRESS", "OPEN"]);
  });

  it("gives each incident its response steps: the resolved ones all done by their resolution, the open P2 partly", async () => {
    const incidents = await t.db.incident.findMany({
      include: { responseSteps: { orderBy: { position: "asc" } } },
      orderBy: { number: "asc" },
    });
    const states = incidents.map((i) => [i.severity, i.status, i.responseSteps.map((s) => s.status).join(" ")]);
    expect(states).toEqual([
      ["P1", "RESOLVED", Array(7).fill("DONE").join(" ")],
      ["P2", "IDENTIFIED", "DONE DONE OPEN OPEN"],
      ["P3", "RESOLVED", "DONE DONE"],
    ]);
    for (const i of incidents) {
      const times = i.responseSteps.flatMap((s) => (s.answeredAt ? [s.answeredAt.getTime()] : []));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(times.every((at) => at > i.detectedAt.getTime() && at <= (i.resolvedAt ?? now).getTime())).toBe(true);
    }
    expect(incidents[0]?.responseSteps.at(-1)?.answeredAt).toEqual(incidents[0]?.resolvedAt);
    expect(incidents[1]?.responseSteps[1]).toMatchObject({ title: "Check the error logs", answeredById: null });
  });

  it("leaves signed, late and missed runs in history but opens no run for today: the worker does", async () => {
    const runs = await t.db.checklistRun.findMany({
      where: { template: { slug: "daily-database-checks" } },
      include: { results: true },
      orderBy: { periodKey: "asc" },
    });
    expect(runs.map((r) => r.periodKey)).toEqual(
      Array.from({ length: 13 }, (_, i) => `2026-11-${String(10 + i).padStart(2, "0")}`),
    );
    const missed = runs.filter((r) => r.signedOffAt === null);
    expect(missed.map((r) => r.periodKey)).toEqual(["2026-11-14", "2026-11-19"]);
    expect(missed.every((r) => r.missedAt && r.results.some((i) => i.outcome === null))).toBe(true);
    const late = runs.filter((r) => r.signedOffAt && r.dueAt && r.signedOffAt > r.dueAt);
    expect(late.map((r) => r.periodKey)).toEqual(["2026-11-17", "2026-11-21"]);
    expect(late[0]?.results.find((i) => i.outcome === "NOT_DONE")?.remark).toMatch(/pool to 30/);
    expect(runs.every((r) => r.signedOffAt === null || r.signedOffByName)).toBe(true);
    expect(runs.flatMap((r) => r.results).every((i) => i.evidence === null)).toBe(true);
  });
});

describe("seedDemo on a database in use", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    await t.db.user.create({ data: { email: "admin@example.com", role: "ADMIN" } });
  });
  afterAll(() => t.drop());

  it("refuses a database that already has a user", async () => {
    expect(await seedDemo({ db: t.db, now })).toEqual({
      seeded: false,
      reason: expect.stringContaining("1 user)"),
    });
    expect(await t.db.service.count()).toBe(0);
  });

  it("seeds with force, and a second forced run adds nothing", async () => {
    const first = await seedDemo({ db: t.db, now, force: true });
    expect(first).toMatchObject({ seeded: true, counts: { services: 6, incidents: 3 } });
    const second = await seedDemo({ db: t.db, now, force: true });
    expect(second.seeded && Object.values(second.counts).every((n) => n === 0)).toBe(true);
    expect(await t.db.incident.count()).toBe(3);
    expect(await t.db.user.count()).toBe(3);
  });
});

describe("seedDemo run twice at once", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  it("lets exactly one of them seed", async () => {
    const results = await Promise.all([seedDemo({ db: t.db, now }), seedDemo({ db: t.db, now })]);
    expect(results.map((r) => r.seeded).sort()).toEqual([false, true]);
    expect(await t.db.service.count()).toBe(6);
  });
});
