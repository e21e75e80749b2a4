import type { TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors.ts";
import { applyCheckChangesToIncidents } from "../incident/auto.ts";
import { declareIncident } from "../incident/declare.ts";
import { getIncident } from "../incident/get.ts";
import { updateIncident } from "../incident/update.ts";
import { systemCtx } from "../roles.ts";
import { ctxOf, type RoleSuite, roleSuite } from "../testing.ts";
import { getResponseDefaults, listResponseDefaults } from "./defaults.ts";
import { getIncidentResponse } from "./get.ts";
import { setResponseDefaults } from "./set-defaults.ts";
import { setResponseStep } from "./set-step.ts";

const t0 = new Date("2026-11-23T14:00:00.000Z");
const MIN = 60_000;
const at = (m: number) => new Date(t0.getTime() + m * MIN);

describe("incident response checklists", () => {
  let s: RoleSuite;
  let t: TestDb;
  const declare = (severity: "P0" | "P1" | "P2" | "P3", title = `${severity} trouble`) =>
    declareIncident({ db: t.db, ctx: ctxOf(s.responder), input: { title, severity, services: ["web"] }, now: t0 });
  const response = (number: number) => getIncidentResponse({ db: t.db, ctx: ctxOf(s.viewer), input: { number } });
  const tick = (number: number, stepId: string, done: boolean, skipReason?: string, who = s.responder, m = 5) =>
    setResponseStep({ db: t.db, ctx: ctxOf(who), input: { number, stepId, done, skipReason }, now: at(m) });

  beforeAll(async () => {
    s = await roleSuite();
    t = s.t;
    await t.db.service.create({ data: { slug: "web", name: "Web" } });
  });
  afterAll(() => t.drop());

  it("starts from the runbook's steps, shorter for P2 and P3", async () => {
    const all = await listResponseDefaults({ db: t.db, ctx: ctxOf(s.viewer) });
    expect(all.map((d) => [d.severity, d.steps.length])).toEqual([
      ["P0", 8],
      ["P1", 7],
      ["P2", 4],
      ["P3", 2],
    ]);
    expect(all[0]?.steps.map((x) => x.title)).toEqual([
      "Check the hosting provider's status",
      "Check the health endpoint",
      "Check the error logs",
      "Check the database",
      "Roll back if a deploy caused it",
      "Notify the team",
      "Update the status page",
      "Write the postmortem",
    ]);
    expect(all[0]?.steps[1]?.detail).toContain("`curl -I https://your-domain.com/api/health`");
  });

  it("copies the severity's steps into a declared incident; later edits of the defaults leave it alone", async () => {
    const i = await declare("P2");
    const before = await response(i.number);
    expect(before).toMatchObject({ number: i.number, severity: "P2", total: 4, done: 0, skipped: 0 });
    expect(before.steps.map((x) => [x.position, x.status, x.severity, x.answeredBy])).toEqual([
      [0, "OPEN", "P2", null],
      [1, "OPEN", "P2", null],
      [2, "OPEN", "P2", null],
      [3, "OPEN", "P2", null],
    ]);
    const p2 = await getResponseDefaults({ db: t.db, ctx: ctxOf(s.viewer), input: { severity: "P2" } });
    await setResponseDefaults({
      db: t.db,
      ctx: ctxOf(s.admin),
      input: { severity: "P2", steps: [{ title: "Something else entirely" }] },
    });
    expect(await response(i.number)).toEqual(before);
    const next = await declare("P2", "Another P2");
    expect((await response(next.number)).steps.map((x) => x.title)).toEqual(["Something else entirely"]);
    await setResponseDefaults({ db: t.db, ctx: ctxOf(s.admin), input: { severity: "P2", steps: p2.steps } });
  });

  it("copies the steps into an automatically opened incident", async () => {
    const service = await t.db.service.create({ data: { slug: "auto", name: "Auto", autoIncidentSeverity: "P1" } });
    const check = await t.db.check.create({
      data: { serviceId: service.id, name: "auto-http", kind: "HTTP", config: {} },
    });
    const change = { checkId: check.id, from: "UP", to: "DOWN", atMs: t0.getTime(), message: "HTTP 503" };
    await applyCheckChangesToIncidents({
      db: t.db,
      ctx: systemCtx("worker"),
      input: { changes: [{ ...change, duringMaintenance: false }] },
      now: t0,
    });
    const incident = await t.db.incident.findFirstOrThrow({ where: { autoServiceId: service.id } });
    const r = await response(incident.number);
    expect(r.total).toBe(7);
    expect(r.steps[0]).toMatchObject({ title: "Assess the impact", severity: "P1", status: "OPEN" });
  });

  it("ticks, unticks and skips a step: who and when, a timeline entry, an audit row and a live event each", async () => {
    const i = await declare("P1");
    const [first, second] = (await response(i.number)).steps;
    const live0 = await t.db.liveEvent.count();
    const done = await tick(i.number, first?.id as string, true);
    expect(done).toMatchObject({ done: 1, skipped: 0, total: 7 });
    expect(done.steps[0]).toMatchObject({
      status: "DONE",
      answeredAt: at(5).toISOString(),
      answeredBy: { id: s.responder.id, email: s.responder.email },
      skipReason: null,
    });
    const skipped = await tick(i.number, second?.id as string, false, "  Posted by the bot  ", s.admin, 6);
    expect(skipped.steps[1]).toMatchObject({
      status: "SKIPPED",
      skipReason: "Posted by the bot",
      answeredBy: { id: s.admin.id },
    });
    expect(skipped).toMatchObject({ done: 1, skipped: 1 });
    const undone = await tick(i.number, first?.id as string, false, undefined, s.responder, 7);
    expect(undone.steps[0]).toMatchObject({ status: "OPEN", answeredBy: null, answeredAt: null });

    const events = (await getIncident({ db: t.db, ctx: ctxOf(s.viewer), input: { number: i.number } })).events;
    expect(events.filter((e) => e.kind === "response_step").map((e) => [e.message, e.author?.id, e.at])).toEqual([
      ["Done: Assess the impact", s.responder.id, at(5).toISOString()],
      ["Skipped: Notify the team (Posted by the bot)", s.admin.id, at(6).toISOString()],
      ["Unticked: Assess the impact", s.responder.id, at(7).toISOString()],
    ]);
    const audit = await t.db.auditLog.findMany({
      where: { action: "incident.response_step", targetId: i.id },
      orderBy: { createdAt: "asc" },
    });
    expect(
      audit.map((a) => [a.actorId, (a.before as { status: string }).status, (a.after as { status: string }).status]),
    ).toEqual([
      [s.responder.id, "OPEN", "DONE"],
      [s.admin.id, "OPEN", "SKIPPED"],
      [s.responder.id, "DONE", "OPEN"],
    ]);
    const live = await t.db.liveEvent.findMany({ orderBy: { id: "asc" }, skip: live0 });
    expect(live.map((e) => [e.kind, e.payload])).toEqual([
      ["response.changed", { number: i.number, id: i.id, stepId: first?.id }],
      ["response.changed", { number: i.number, id: i.id, stepId: second?.id }],
      ["response.changed", { number: i.number, id: i.id, stepId: first?.id }],
    ]);
  });

  it("writes nothing when a step already is as asked", async () => {
    const i = await declare("P3");
    const [step] = (await response(i.number)).steps;
    await tick(i.number, step?.id as string, true);
    const counts = async () => [
      await t.db.auditLog.count(),
      await t.db.incidentEvent.count(),
      await t.db.liveEvent.count(),
    ];
    const before = await counts();
    expect((await tick(i.number, step?.id as string, true, undefined, s.admin, 9)).steps[0]).toMatchObject({
      status: "DONE",
      answeredBy: { id: s.responder.id },
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses a viewer, another incident's step and a done step with a reason, changing nothing", async () => {
    const i = await declare("P3", "Refusals");
    const j = await declare("P3", "Other");
    const [step] = (await response(i.number)).steps;
    const id = step?.id as string;
    const rows0 = await t.db.auditLog.count();
    await expect(tick(i.number, id, true, undefined, s.viewer)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(tick(j.number, id, true)).rejects.toBeInstanceOf(NotFoundError);
    await expect(tick(999_999, id, true)).rejects.toBeInstanceOf(NotFoundError);
    const err = await tick(i.number, id, true, "because").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).fieldErrors).toEqual({
      skipReason: ["A done step is not skipped: leave the reason out"],
    });
    expect(await t.db.auditLog.count()).toBe(rows0);
    expect((await response(i.number)).steps[0]?.status).toBe("OPEN");
  });

  it("keeps every tick when responders tick different steps at once", async () => {
    const i = await declare("P0", "Everyone at once");
    const { steps } = await response(i.number);
    const people = [s.responder, s.admin];
    await Promise.all(steps.map((x, n) => tick(i.number, x.id, true, undefined, people[n % 2], 10 + n)));
    const after = await response(i.number);
    expect(after).toMatchObject({ done: 8, total: 8 });
    expect(after.steps.map((x) => x.answeredBy?.id)).toEqual(steps.map((_, n) => people[n % 2]?.id));
    expect(await t.db.incidentEvent.count({ where: { incidentId: i.id, kind: "response_step" } })).toBe(8);
    expect(await t.db.auditLog.count({ where: { action: "incident.response_step", targetId: i.id } })).toBe(8);
  });

  it("adds the new severity's missing steps when it is raised, and removes nothing when lowered", async () => {
    const i = await declare("P2", "Getting worse");
    const [assess] = (await response(i.number)).steps;
    await tick(i.number, assess?.id as string, true);
    const raise = (severity: "P0" | "P1" | "P2" | "P3", m: number) =>
      updateIncident({ db: t.db, ctx: ctxOf(s.responder), input: { number: i.number, severity }, now: at(m) });
    await raise("P0", 20);
    const raised = await response(i.number);
    expect(raised.severity).toBe("P0");
    // P2's "Check the error logs" is kept; P0's seven others follow the P2 steps in P0's order.
    expect(raised.steps.map((x) => [x.position, x.severity, x.title])).toEqual([
      [0, "P2", "Assess the impact"],
      [1, "P2", "Check the error logs"],
      [2, "P2", "Post an update with the plan"],
      [3, "P2", "Track the permanent fix"],
      [4, "P0", "Check the hosting provider's status"],
      [5, "P0", "Check the health endpoint"],
      [6, "P0", "Check the database"],
      [7, "P0", "Roll back if a deploy caused it"],
      [8, "P0", "Notify the team"],
      [9, "P0", "Update the status page"],
      [10, "P0", "Write the postmortem"],
    ]);
    expect(raised.steps[0]?.status).toBe("DONE");
    const timeline = (await getIncident({ db: t.db, ctx: ctxOf(s.viewer), input: { number: i.number } })).events;
    const added = timeline.find((e) => e.message.startsWith("Response checklist"));
    expect(added).toMatchObject({
      kind: "response_step",
      message: "Response checklist: 7 steps of P0 added",
      at: at(20).toISOString(),
      data: { action: "added", severity: "P0" },
    });
    await raise("P3", 21);
    await raise("P1", 22);
    const after = await response(i.number);
    expect(after.total).toBe(12);
    expect(after.steps.at(-1)).toMatchObject({ position: 11, severity: "P1", title: "Check recent deploys" });
    await raise("P0", 23);
    expect((await response(i.number)).total).toBe(12);
    const entries = (await getIncident({ db: t.db, ctx: ctxOf(s.viewer), input: { number: i.number } })).events;
    expect(entries.filter((e) => e.kind === "response_step").map((e) => e.message)).toEqual([
      "Done: Assess the impact",
      "Response checklist: 7 steps of P0 added",
      "Response checklist: 1 step of P1 added",
    ]);
  });

  it("opens an incident of a severity without default steps with none, and a raise to it adds none", async () => {
    const p1 = await getResponseDefaults({ db: t.db, ctx: ctxOf(s.viewer), input: { severity: "P1" } });
    const set = (steps: typeof p1.steps) =>
      setResponseDefaults({ db: t.db, ctx: ctxOf(s.admin), input: { severity: "P1", steps } });
    expect(await set([])).toEqual({ severity: "P1", steps: [], updatedAt: null });
    const i = await declare("P1", "Nothing to tick");
    expect(await response(i.number)).toMatchObject({ total: 0, steps: [] });
    const j = await declare("P3", "Raised to an empty list");
    await updateIncident({
      db: t.db,
      ctx: ctxOf(s.responder),
      input: { number: j.number, severity: "P1" },
      now: at(3),
    });
    expect((await response(j.number)).total).toBe(2);
    expect(await t.db.incidentEvent.count({ where: { incidentId: j.id, kind: "response_step" } })).toBe(0);
    await set(p1.steps);
  });

  it("lets only an admin replace the defaults, with field errors and an audit row", async () => {
    const set = (who: typeof s.admin, steps: { title: string; detail?: string | null }[]) =>
      setResponseDefaults({ db: t.db, ctx: ctxOf(who), input: { severity: "P3", steps } });
    await expect(set(s.viewer, [])).rejects.toBeInstanceOf(ForbiddenError);
    await expect(set(s.responder, [])).rejects.toBeInstanceOf(ForbiddenError);
    const err = await set(s.admin, [
      { title: "Look" },
      { title: " " },
      { title: "look " },
      { title: "x".repeat(121) },
    ]).catch((e: unknown) => e);
    expect((err as ValidationError).fieldErrors).toEqual({
      "steps.1.title": ["Enter a title"],
      "steps.2.title": ["Another step has this title"],
      "steps.3.title": ["Use at most 120 characters"],
    });
    const tooMany = await set(
      s.admin,
      Array.from({ length: 31 }, (_, n) => ({ title: `Step ${n}` })),
    ).catch((e) => e);
    expect((tooMany as ValidationError).fieldErrors).toEqual({ steps: ["Use at most 30 steps"] });
    const before = await getResponseDefaults({ db: t.db, ctx: ctxOf(s.viewer), input: { severity: "P3" } });
    const saved = await set(s.admin, [
      { title: "Reproduce it", detail: "  `npm run dev`  " },
      { title: "File it", detail: "" },
    ]);
    expect(saved.steps).toEqual([
      { title: "Reproduce it", detail: "`npm run dev`" },
      { title: "File it", detail: null },
    ]);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "response_defaults.set", targetId: "P3" } });
    expect(audit).toMatchObject({
      actorId: s.admin.id,
      targetType: "response_defaults",
      before: before.steps,
      after: saved.steps,
    });
  });

  it("takes two saves of one severity at once, one after the other", async () => {
    const save = (title: string) =>
      setResponseDefaults({
        db: t.db,
        ctx: ctxOf(s.admin),
        input: { severity: "P3", steps: [{ title }, { title: `${title} 2` }] },
      });
    const results = await Promise.all([save("First"), save("Second")]);
    const stored = await getResponseDefaults({ db: t.db, ctx: ctxOf(s.viewer), input: { severity: "P3" } });
    expect(results.map((r) => r.steps)).toContainEqual(stored.steps);
    expect(stored.steps).toHaveLength(2);
  });
});
