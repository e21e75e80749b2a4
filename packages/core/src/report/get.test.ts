import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../demo/seed.ts";
import { ValidationError } from "../errors.ts";
import { acknowledgeIncident } from "../incident/acknowledge.ts";
import { declareIncident } from "../incident/declare.ts";
import { reopenIncident } from "../incident/reopen.ts";
import { resolveIncident } from "../incident/resolve.ts";
import { createPostmortem } from "../postmortem/create.ts";
import { setPostmortemStatus } from "../postmortem/set-status.ts";
import { updatePostmortem } from "../postmortem/update.ts";
import { type AnyCtx, systemCtx } from "../roles.ts";
import { ctxOf, type RoleSuite, roleSuite } from "../testing.ts";
import { getIncidentReport } from "./get.ts";

const MIN = 60_000;
const HOUR = 60 * MIN;
const later = (d: Date, minutes: number) => new Date(d.getTime() + minutes * MIN);
const now = new Date("2026-04-10T00:00:00Z");

describe("getIncidentReport on Postgres", () => {
  let s: RoleSuite;
  let t: TestDb;
  const responder = () => ctxOf(s.responder);

  /** Declared at `at` on `services`, through the services the app uses, so the timeline is real. */
  async function run(
    at: Date,
    severity: "P0" | "P1" | "P2" | "P3",
    services: string[],
    steps: { ack?: number; resolve?: number; reopen?: number; resolveAgain?: number },
  ): Promise<number> {
    const ctx = responder();
    const { number } = await declareIncident({
      db: t.db,
      ctx,
      input: { title: `${severity} on ${services}`, severity, services },
      now: at,
    });
    if (steps.ack !== undefined)
      await acknowledgeIncident({ db: t.db, ctx, input: { number }, now: later(at, steps.ack) });
    if (steps.resolve !== undefined)
      await resolveIncident({ db: t.db, ctx, input: { number }, now: later(at, steps.resolve) });
    if (steps.reopen !== undefined)
      await reopenIncident({ db: t.db, ctx, input: { number }, now: later(at, steps.reopen) });
    if (steps.resolveAgain !== undefined)
      await resolveIncident({ db: t.db, ctx, input: { number }, now: later(at, steps.resolveAgain) });
    return number;
  }

  beforeAll(async () => {
    s = await roleSuite();
    t = s.t;
    for (const slug of ["checkout", "payments", "search"])
      await t.db.service.create({ data: { slug, name: slug[0]?.toUpperCase() + slug.slice(1) } });
    // Monday 00:30 in Berlin, still Sunday in UTC.
    await run(new Date("2026-03-22T23:30:00Z"), "P3", ["search"], { ack: 60, resolve: 120 });
    const p1At = new Date("2026-03-23T08:00:00Z");
    const p1 = await run(p1At, "P1", ["checkout", "payments"], { ack: 10, resolve: 90 });
    const pm = await createPostmortem({ db: t.db, ctx: responder(), input: { number: p1 }, now: later(p1At, 150) });
    await updatePostmortem({
      db: t.db,
      ctx: responder(),
      input: { id: pm.id, expectedVersion: pm.version, impact: "Checkout failed", rootCause: "A bad deploy" },
      now: later(p1At, 200),
    });
    await setPostmortemStatus({
      db: t.db,
      ctx: responder(),
      input: { id: pm.id, status: "PUBLISHED" },
      now: later(p1At, 90 + 24 * 60),
    });
    // Sunday 23:30 in Berlin (summer time since that morning): unacknowledged, resolved, reopened two days later.
    await run(new Date("2026-03-29T21:30:00Z"), "P0", ["checkout"], {
      resolve: 30,
      reopen: 2 * 24 * 60,
      resolveAgain: 2 * 24 * 60 + 40,
    });
    await run(new Date("2026-03-30T10:00:00Z"), "P2", ["search"], { ack: 30, resolve: 300 });
    // Monday 6 April in Berlin: after the period.
    await run(new Date("2026-04-05T22:30:00Z"), "P3", ["payments"], { ack: 1 });
  });
  afterAll(() => t.drop());

  const report = (zone = "Europe/Berlin", ctx: AnyCtx = ctxOf(s.viewer)) =>
    getIncidentReport({ db: t.db, ctx, input: { from: "2026-03-23", to: "2026-04-05", zone }, now });

  it("reports the incidents detected between two days of the zone, week by week, to a viewer", async () => {
    const r = await report();
    expect(r.period).toEqual({
      from: "2026-03-23",
      to: "2026-04-05",
      zone: "Europe/Berlin",
      start: "2026-03-22T23:00:00.000Z",
      end: "2026-04-05T22:00:00.000Z",
    });
    expect(r.total).toMatchObject({ incidents: 4, resolved: 4, reopened: 1, unacknowledged: 1 });
    expect(r.weeks.map((w) => [w.week, w.bySeverity, w.partial])).toEqual([
      ["2026-W13", { P0: 1, P1: 1, P2: 0, P3: 1 }, false],
      ["2026-W14", { P0: 0, P1: 0, P2: 1, P3: 0 }, false],
    ]);
  });

  it("times each severity from its timeline: a reopened P0 by its time open, its resolution as its response", async () => {
    const rows = Object.fromEntries((await report()).bySeverity.map((row) => [row.severity, row]));
    expect(rows.P0).toMatchObject({
      incidents: 1,
      reopened: 1,
      mtta: { count: 1, meanMs: 30 * MIN },
      mttr: { count: 1, meanMs: 70 * MIN },
      responseSla: { breached: 1, breachRate: 1 },
      resolveSla: { breached: 1, breachRate: 1 },
    });
    expect(rows.P1).toMatchObject({
      mtta: { p50Ms: 10 * MIN },
      mttr: { p50Ms: 90 * MIN },
      responseSla: { met: 1 },
      resolveSla: { met: 1 },
    });
    expect(rows.P2).toMatchObject({
      mtta: { p50Ms: 30 * MIN },
      mttr: { p50Ms: 5 * HOUR },
      resolveSla: { breachRate: 0 },
    });
    expect(rows.P3).toMatchObject({ mtta: { p50Ms: HOUR }, mttr: { p50Ms: 2 * HOUR } });
  });

  it("counts an incident for every service it affected", async () => {
    const rows = (await report()).byService.map((r) => [r.service?.slug, r.incidents, r.mttr.meanMs]);
    expect(rows).toEqual([
      ["checkout", 2, 80 * MIN],
      ["search", 2, 210 * MIN],
      ["payments", 1, 90 * MIN],
    ]);
  });

  it("sorts the postmortems: one published within 48 h, one required and never started", async () => {
    const { rows, ...counts } = (await report()).postmortems;
    expect(counts).toEqual({ on_time: 1, late: 0, overdue: 1, due: 0, onTimeRate: 0.5 });
    expect(rows.map((r) => [r.incident.severity, r.postmortem?.status ?? null, r.outcome])).toEqual([
      ["P1", "PUBLISHED", "on_time"],
      ["P0", null, "overdue"],
    ]);
  });

  it("reads the same days in UTC differently, and the system may read it too", async () => {
    const utc = await report("UTC", systemCtx());
    expect(utc.total.incidents).toBe(4); // the Berlin-Monday P3 leaves, the UTC-Sunday-night one joins
    expect(utc.weeks.map((w) => w.total)).toEqual([2, 2]);
  });

  it("refuses a bad period with field errors", async () => {
    const bad = getIncidentReport({
      db: t.db,
      ctx: ctxOf(s.viewer),
      input: { from: "2026-04-05", to: "2026-03-23", zone: "Nowhere/Land" },
    });
    await expect(bad).rejects.toBeInstanceOf(ValidationError);
    await expect(bad).rejects.toMatchObject({
      fieldErrors: { to: ["Must not be before the first day"], zone: ["Unknown time zone"] },
    });
  });
});

describe("getIncidentReport on the demo data", () => {
  let t: TestDb;
  const seededAt = new Date("2026-11-23T12:00:00Z");
  beforeAll(async () => {
    t = await createTestDb();
    await seedDemo({ db: t.db, now: seededAt });
  });
  afterAll(() => t.drop());

  it("has the demo's three incidents: times from their timelines, the open P2 late to respond, its postmortem late", async () => {
    const r = await getIncidentReport({
      db: t.db,
      ctx: systemCtx(),
      input: { from: "2026-10-25", to: "2026-11-23" },
      now: seededAt,
    });
    const rows = Object.fromEntries(r.bySeverity.map((row) => [row.severity, row]));
    expect(r.total).toMatchObject({ incidents: 3, resolved: 2 });
    expect(rows.P1).toMatchObject({ mtta: { meanMs: 9 * MIN }, mttr: { meanMs: 150 * MIN }, responseSla: { met: 1 } });
    expect(rows.P2).toMatchObject({
      mtta: { meanMs: 72 * MIN },
      mttr: { count: 0 },
      responseSla: { breached: 1 },
      resolveSla: { pending: 1, breachRate: null },
    });
    expect(rows.P3).toMatchObject({ mtta: { meanMs: 190 * MIN }, mttr: { meanMs: 25 * HOUR } });
    expect(r.byService.map((row) => row.service?.slug)).toEqual(["api", "storefront", "stripe"]);
    // The demo publishes its postmortem when it is loaded, a day after the 48 hours ran out.
    expect(r.postmortems).toMatchObject({ on_time: 0, late: 1, overdue: 0, due: 0 });
  });
});
