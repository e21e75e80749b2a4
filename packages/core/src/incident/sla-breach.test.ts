import type { Severity } from "@opsdeck/db";
import type { TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateSeverityPolicy } from "../severity/update.ts";
import { ctxOf, type RoleSuite, roleSuite } from "../testing.ts";
import { acknowledgeIncident } from "./acknowledge.ts";
import { declareIncident } from "./declare.ts";
import { getIncident } from "./get.ts";
import { postIncidentUpdate } from "./post-update.ts";
import { recordSlaBreaches } from "./record-breaches.ts";
import { reopenIncident } from "./reopen.ts";
import { resolveIncident } from "./resolve.ts";
import { SLA_OUTCOME_SELECT, slaOutcome } from "./sla-outcome.ts";
import { updateIncident } from "./update.ts";

const MIN = 60_000;
const HOUR = 60 * MIN;
const t0 = new Date("2026-11-23T14:00:00.000Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("SLA breaches", () => {
  let s: RoleSuite;
  let t: TestDb;
  const ctx = () => ctxOf(s.responder);
  const declare = async (severity: Severity, now = t0) =>
    (
      await declareIncident({
        db: t.db,
        ctx: ctx(),
        input: { title: `Checkout ${severity}`, severity, services: ["checkout"] },
        now,
      })
    ).number;
  const breaches = async (number: number) =>
    (await getIncident({ db: t.db, ctx: ctx(), input: { number } })).events
      .filter((e) => e.kind === "sla_breach")
      .map((e) => ({ at: e.at, author: e.author, data: e.data, message: e.message }));
  const row = (number: number) => t.db.incident.findUniqueOrThrow({ where: { number } });
  const sweep = (now: Date) => recordSlaBreaches(t.db, now);
  /** Only this test's incident: sweeps see every open one. */
  const resolveOthers = async (keep: number) => {
    await t.db.incident.updateMany({
      where: { number: { not: keep }, status: { not: "RESOLVED" } },
      data: { status: "RESOLVED", resolvedAt: t0 },
    });
  };

  beforeAll(async () => {
    s = await roleSuite();
    t = s.t;
    await t.db.service.create({ data: { slug: "checkout", name: "Checkout" } });
  });
  afterAll(() => t.drop());

  it("records a late acknowledgement once, dated at the deadline, by nobody", async () => {
    const n = await declare("P1");
    const i = await acknowledgeIncident({ db: t.db, ctx: ctx(), input: { number: n }, now: at(20 * MIN) });
    expect(i.sla).toMatchObject({ responseBreached: true, responseBreachedAt: at(15 * MIN).toISOString() });
    expect(i.respondedAt).toBe(at(20 * MIN).toISOString());
    expect(await breaches(n)).toEqual([
      {
        at: at(15 * MIN).toISOString(),
        author: null,
        data: { target: "response", severity: "P1", targetMinutes: 15 },
        message: "Response target missed: not acknowledged within 15 min of detection (P1)",
      },
    ]);
    await resolveOthers(n);
    expect(await sweep(at(30 * MIN))).toEqual([]);
    expect(await breaches(n)).toHaveLength(1);
  });

  it("records nothing for targets met", async () => {
    const n = await declare("P1");
    await acknowledgeIncident({ db: t.db, ctx: ctx(), input: { number: n }, now: at(15 * MIN) });
    const done = await resolveIncident({ db: t.db, ctx: ctx(), input: { number: n }, now: at(4 * HOUR) });
    expect(done.sla).toMatchObject({ responseBreached: false, resolveBreached: false, remainingMs: 0 });
    expect(await breaches(n)).toEqual([]);
    expect(
      slaOutcome(await t.db.incident.findUniqueOrThrow({ where: { number: n }, select: SLA_OUTCOME_SELECT })),
    ).toMatchObject({
      timeToRespondMs: 15 * MIN,
      timeToResolveMs: 4 * HOUR,
      responseBreached: false,
      resolveBreached: false,
    });
  });

  it("the worker's sweep records a passed deadline once, however many sweeps run, and tells open pages", async () => {
    const n = await declare("P1");
    await resolveOthers(n);
    expect(await sweep(at(15 * MIN))).toEqual([]);
    const live0 = await t.db.liveEvent.count();
    const runs = await Promise.all([sweep(at(16 * MIN)), sweep(at(16 * MIN)), sweep(at(17 * MIN))]);
    expect(runs.flat()).toEqual([{ number: n, target: "response", at: at(15 * MIN) }]);
    expect((await row(n)).responseBreachedAt).toEqual(at(15 * MIN));
    const audit = await t.db.auditLog.findMany({ where: { action: "incident.sla_breach" } });
    expect(audit).toMatchObject([{ actorId: null, actorLabel: "worker", targetId: (await row(n)).id }]);
    expect(await t.db.liveEvent.findMany({ skip: live0 })).toMatchObject([
      { kind: "incident.changed", payload: { number: n } },
    ]);
    expect(await sweep(at(4 * HOUR + MIN))).toEqual([{ number: n, target: "resolve", at: at(4 * HOUR) }]);
    expect(await sweep(at(5 * HOUR))).toEqual([]);
    // Acknowledging and resolving later add nothing: both were recorded as they passed.
    await acknowledgeIncident({ db: t.db, ctx: ctx(), input: { number: n }, now: at(5 * HOUR) });
    await resolveIncident({ db: t.db, ctx: ctx(), input: { number: n }, now: at(6 * HOUR) });
    expect((await breaches(n)).map((b) => [b.data?.target, b.at])).toEqual([
      ["response", at(15 * MIN).toISOString()],
      ["resolve", at(4 * HOUR).toISOString()],
    ]);
  });

  it("counts a resolution nobody acknowledged as the response, late or not", async () => {
    const late = await declare("P0");
    const i = await postIncidentUpdate({
      db: t.db,
      ctx: ctx(),
      input: { number: late, status: "RESOLVED", message: "Rolled back" },
      now: at(90 * MIN),
    });
    expect(i.respondedAt).toBe(at(90 * MIN).toISOString());
    expect((await breaches(late)).map((b) => [b.data?.target, b.at])).toEqual([
      ["response", at(5 * MIN).toISOString()],
      ["resolve", at(HOUR).toISOString()],
    ]);
    expect(
      slaOutcome(await t.db.incident.findUniqueOrThrow({ where: { number: late }, select: SLA_OUTCOME_SELECT })),
    ).toEqual({
      timeToRespondMs: 90 * MIN,
      timeToResolveMs: 90 * MIN,
      responseBreached: true,
      resolveBreached: true,
      responseBreachedAt: at(5 * MIN),
      resolveBreachedAt: at(HOUR),
      responseTargetMinutes: 5,
      resolveTargetMinutes: 60,
    });
    const quick = await declare("P0");
    await resolveIncident({ db: t.db, ctx: ctx(), input: { number: quick }, now: at(4 * MIN) });
    expect(await breaches(quick)).toEqual([]);
  });

  it("keeps a reopened incident's response as it was, and misses the resolve target from the reopening", async () => {
    const n = await declare("P1");
    await resolveIncident({ db: t.db, ctx: ctx(), input: { number: n }, now: at(10 * MIN) });
    const reopened = await reopenIncident({ db: t.db, ctx: ctx(), input: { number: n }, now: at(5 * HOUR) });
    expect(reopened.respondedAt).toBe(at(10 * MIN).toISOString());
    expect(reopened.sla).toMatchObject({
      responseBreached: false,
      resolveBreached: true,
      resolveBreachedAt: at(5 * HOUR).toISOString(),
    });
    expect(reopened.events.slice(-2).map((e) => e.kind)).toEqual(["reopened", "sla_breach"]);
    await resolveOthers(n);
    expect(await sweep(at(6 * HOUR))).toEqual([]);
    // Reopened before its deadline: the sweep records it at the deadline.
    const early = await declare("P1");
    await resolveIncident({ db: t.db, ctx: ctx(), input: { number: early }, now: at(5 * MIN) });
    await reopenIncident({ db: t.db, ctx: ctx(), input: { number: early }, now: at(HOUR) });
    await resolveOthers(early);
    expect(await sweep(at(5 * HOUR))).toEqual([{ number: early, target: "resolve", at: at(4 * HOUR) }]);
  });

  it("holds a new severity to its targets from the change, keeping what was settled and what was recorded", async () => {
    const n = await declare("P3");
    const raised = await updateIncident({
      db: t.db,
      ctx: ctx(),
      input: { number: n, severity: "P1" },
      now: at(30 * MIN),
    });
    expect(raised.sla).toMatchObject({
      responseMinutes: 15,
      resolveMinutes: 240,
      responseBreached: true,
      responseBreachedAt: at(30 * MIN).toISOString(),
    });
    const lowered = await updateIncident({ db: t.db, ctx: ctx(), input: { number: n, severity: "P3" }, now: at(HOUR) });
    expect(lowered.sla).toMatchObject({ responseMinutes: 480, responseBreached: true, resolveBreached: false });
    expect(await breaches(n)).toHaveLength(1);
    // Acknowledged in time as a P2: raising it to P0 afterwards does not judge that response again.
    const m = await declare("P2");
    await acknowledgeIncident({ db: t.db, ctx: ctx(), input: { number: m }, now: at(30 * MIN) });
    const p0 = await updateIncident({ db: t.db, ctx: ctx(), input: { number: m, severity: "P0" }, now: at(40 * MIN) });
    expect(p0.sla).toMatchObject({ responseMinutes: 60, responseBreached: false, resolveMinutes: 60 });
    expect(await breaches(m)).toEqual([]);
  });

  it("keeps an open incident's targets when the policy changes, while its update cadence follows at once", async () => {
    const n = await declare("P2");
    const before = await getIncident({ db: t.db, ctx: ctx(), input: { number: n }, now: at(MIN) });
    expect(before.nextUpdate).toEqual({
      cadenceMinutes: 240,
      since: t0.toISOString(),
      dueAt: at(4 * HOUR).toISOString(),
    });
    await updateSeverityPolicy({
      db: t.db,
      ctx: ctxOf(s.admin),
      input: {
        severity: "P2",
        responseMinutes: 10,
        resolveMinutes: 120,
        updateCadenceMinutes: 45,
        postmortemRequired: true,
        postmortemDueHours: 24,
      },
    });
    const after = await getIncident({ db: t.db, ctx: ctx(), input: { number: n }, now: at(MIN) });
    expect(after.sla).toMatchObject({ responseMinutes: 60, resolveMinutes: 1440 });
    expect(after.nextUpdate?.dueAt).toBe(at(45 * MIN).toISOString());
    expect(after.postmortemRequired).toBe(true);
    const next = await declare("P2", at(2 * HOUR));
    expect((await getIncident({ db: t.db, ctx: ctx(), input: { number: next } })).sla).toMatchObject({
      responseMinutes: 10,
      resolveMinutes: 120,
    });
    // A status update restarts the clock; resolving stops it.
    const updated = await postIncidentUpdate({
      db: t.db,
      ctx: ctx(),
      input: { number: n, status: "IDENTIFIED", message: "Found it" },
      now: at(40 * MIN),
    });
    expect(updated.nextUpdate?.dueAt).toBe(at(85 * MIN).toISOString());
    expect(
      (await resolveIncident({ db: t.db, ctx: ctx(), input: { number: n }, now: at(HOUR) })).nextUpdate,
    ).toBeNull();
  });
});
