import { startSmtpReceiver, type SmtpReceiver } from "@opsdeck/integrations/testing/index";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError } from "../errors.ts";
import { acknowledgeIncident, acknowledgeLocked } from "../incident/acknowledge.ts";
import { declareIncident } from "../incident/declare.ts";
import { lockIncident } from "../incident/internal.ts";
import { resolveIncident } from "../incident/resolve.ts";
import { generateKey, parseKey } from "../secrets/crypto.ts";
import { systemCtx } from "../roles.ts";
import { ctxOf, expectAuditClean, fieldErrors, type RoleSuite, roleSuite } from "../testing.ts";
import { createEscalationPolicy } from "./create.ts";
import { deleteEscalationPolicy } from "./delete.ts";
import { getEscalationPolicy, listEscalationPolicies } from "./list.ts";
import { claimStep, type StepRef } from "./claim.ts";
import { dispatchEscalations, LOST_STEP_MS } from "./dispatch.ts";
import { deliverPage } from "./deliver.ts";
import { PAGE_LEASE_MS, retakeLostPages } from "./lost-pages.ts";
import { claimPages, runEscalationStep } from "./run-step.ts";
import { escalationTeam } from "./testing.ts";
import { nextWorkingInstant } from "./working-hours.ts";

const key = parseKey(generateKey());

describe("escalation policies", () => {
  let s: RoleSuite;
  let smtp: SmtpReceiver;
  let team: Awaited<ReturnType<typeof escalationTeam>>;
  const admin = () => ctxOf(s.admin);
  const create = (input: Record<string, unknown>, ctx = admin()) =>
    createEscalationPolicy({ db: s.t.db, ctx, input: input as never });
  const chain = (severities: string[], extra: Record<string, unknown> = {}) => ({
    name: `Page ${severities.join("/")} ${Math.random().toString(36).slice(2, 6)}`,
    severities,
    steps: [
      { notify: { schedule: team.schedule, layer: "primary" }, waitMinutes: 5 },
      { notify: { schedule: team.schedule, layer: "secondary" }, waitMinutes: 10 },
    ],
    repeat: 1,
    ...extra,
  });
  const mailsTo = (email: string) => smtp.mails.filter((m) => m.to.includes(email)).length;
  const deps = { secretKey: key, baseUrl: "https://ops.example.com", minuteMs: 60_000 };
  /** A P2 on "shop", escalating under a P2 policy for it (each call adds an equal one: ana first, then ben). */
  const escalatingP2 = async (title: string) => {
    await create(chain(["P2"], { services: ["shop"] }));
    const incident = await declareIncident({
      db: s.t.db,
      ctx: ctxOf(s.responder),
      input: { title, severity: "P2", services: ["shop"] },
    });
    const e = await s.t.db.incidentEscalation.findUniqueOrThrow({ where: { incidentId: incident.id } });
    return { incident, e };
  };

  beforeAll(async () => {
    s = await roleSuite();
    smtp = await startSmtpReceiver();
    team = await escalationTeam(s.t.db, key, smtp.port, s.admin);
    await s.t.db.service.createMany({
      data: [
        { slug: "shop", name: "Shop" },
        { slug: "blog", name: "Blog" },
      ],
    });
  });
  afterAll(async () => {
    await smtp.close();
    await s.t.drop();
  });

  it("refuses empty steps, a wait under a minute and unknown schedules, layers and users by field, saving nothing", async () => {
    expect(await fieldErrors(create({ name: "x", severities: ["P1"], steps: [], repeat: 0 }))).toHaveProperty("steps");
    const bad = await fieldErrors(
      create({
        name: "bad",
        severities: [],
        repeat: 6,
        steps: [{ notify: { schedule: team.schedule, layer: "primary" }, waitMinutes: 0 }],
      }),
    );
    expect(Object.keys(bad).sort()).toEqual(["repeat", "severities", "steps.0.waitMinutes"]);
    const unknown = await fieldErrors(
      create({
        name: "unknown",
        severities: ["P1"],
        repeat: 0,
        steps: [
          { notify: { schedule: "Nope", layer: "primary" }, waitMinutes: 5 },
          { notify: { schedule: team.schedule, layer: "tertiary" }, waitMinutes: 5 },
          { notify: { email: "nobody@example.com" }, waitMinutes: 5 },
        ],
      }),
    );
    expect(Object.keys(unknown).sort()).toEqual([
      "steps.0.notify.schedule",
      "steps.1.notify.layer",
      "steps.2.notify.email",
    ]);
    const halves = await fieldErrors(
      create({
        name: "halves",
        severities: ["P1"],
        repeat: 0,
        steps: [
          { notify: { schedule: team.schedule }, waitMinutes: 5 },
          { notify: { email: team.ana.email, layer: "primary" }, waitMinutes: 5 },
        ],
      }),
    );
    expect(Object.keys(halves).sort()).toEqual(["steps.0.notify.layer", "steps.1.notify.email"]);
    expect(unknown["steps.2.notify.email"]?.[0]).toMatch(/nobody@example.com/);
    expect(await fieldErrors(create(chain(["P1"], { services: ["nowhere"] })))).toHaveProperty("services");
    expect(await s.t.db.escalationPolicy.count()).toBe(0);
    expect(await s.t.db.escalationStep.count()).toBe(0);
  });

  it("lets an admin create, read and delete a policy, audited; a viewer only reads", async () => {
    await expect(create(chain(["P2"]), ctxOf(s.viewer))).rejects.toBeInstanceOf(ForbiddenError);
    const p = await create(
      chain(["P2"], { hours: "WORKING_HOURS", steps: [{ notify: { email: team.carl.email }, waitMinutes: 30 }] }),
    );
    expect(p).toMatchObject({ severities: ["P2"], services: [], hours: "WORKING_HOURS", repeat: 1 });
    expect(p.steps).toEqual([{ notify: { email: team.carl.email }, waitMinutes: 30 }]);
    expect(await fieldErrors(create({ ...chain(["P3"]), name: p.name.toUpperCase() }))).toHaveProperty("name");
    const viewer = ctxOf(s.viewer);
    expect(await getEscalationPolicy({ db: s.t.db, ctx: viewer, input: { id: p.id } })).toEqual(p);
    expect((await listEscalationPolicies({ db: s.t.db, ctx: viewer })).items.map((x) => x.id)).toContain(p.id);
    await expect(deleteEscalationPolicy({ db: s.t.db, ctx: viewer, input: { id: p.id } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await deleteEscalationPolicy({ db: s.t.db, ctx: admin(), input: { id: p.id } });
    const audit = await s.t.db.auditLog.findMany({ where: { targetId: p.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["escalation_policy.create", "escalation_policy.delete"]);
    await expectAuditClean(s.t.db);
  });

  it("escalates by the service's own policy before an all-services one, ties by name", async () => {
    const all = await create(chain(["P0"], { name: "A all services" }));
    await create(chain(["P0"], { name: "C shop", services: ["shop"] }));
    const shop = await create(chain(["P0"], { name: "B shop", services: ["shop"] }));
    const declare = (services: string[]) =>
      declareIncident({ db: s.t.db, ctx: ctxOf(s.responder), input: { title: "x", severity: "P0", services } });
    const policyOf = async (id: string) =>
      (await s.t.db.incidentEscalation.findUniqueOrThrow({ where: { incidentId: id } })).policyId;
    const onShop = await declare(["shop"]);
    expect(await policyOf(onShop.id)).toBe(shop.id);
    const onBlog = await declare(["blog"]);
    expect(await policyOf(onBlog.id)).toBe(all.id);
    for (const i of [onShop, onBlog])
      await resolveIncident({ db: s.t.db, ctx: ctxOf(s.responder), input: { number: i.number } });
    await expect(deleteEscalationPolicy({ db: s.t.db, ctx: admin(), input: { id: shop.id } })).resolves.toEqual({
      id: expect.any(String),
    });
  });

  it("pages the step's person once per claim, goes on past a person with no contact method, and stops on acknowledgement", async () => {
    const p = await create(
      chain(["P3"], {
        steps: [
          { notify: { schedule: team.schedule, layer: "primary" }, waitMinutes: 1 },
          { notify: { email: team.carl.email }, waitMinutes: 1 },
          { notify: { schedule: team.schedule, layer: "secondary" }, waitMinutes: 1 },
        ],
      }),
    );
    const incident = await declareIncident({
      db: s.t.db,
      ctx: ctxOf(s.responder),
      input: { title: "Queue stuck", severity: "P3", services: ["blog"] },
    });
    const e = await s.t.db.incidentEscalation.findUniqueOrThrow({ where: { incidentId: incident.id } });
    expect(e).toMatchObject({ policyId: p.id, round: 0, step: 0 });
    const step = (n: number) => runEscalationStep({ db: s.t.db, ref: { escalationId: e.id, round: 0, step: n }, deps });
    const before = mailsTo(team.ana.email);
    expect(await Promise.all([step(0), step(0)])).toEqual(expect.arrayContaining([1, 0]));
    expect(mailsTo(team.ana.email)).toBe(before + 1);
    const mail = smtp.mails.filter((m) => m.to.includes(team.ana.email)).at(-1);
    const body = mail?.raw.replace(/=\r?\n/g, "") ?? "";
    expect(mail?.subject).toMatch(new RegExp(`^\\[P3\\] #${incident.number} Queue stuck`));
    expect(body).toContain(`https://ops.example.com/incidents/${incident.number}`);
    expect(body).toMatch(/https:\/\/ops.example.com\/ack\/[\w-]{20,}/);
    expect(await step(1)).toBe(0);
    await acknowledgeIncident({ db: s.t.db, ctx: ctxOf(team.ana), input: { number: incident.number } });
    const benBefore = mailsTo(team.ben.email);
    expect(await step(2)).toBe(0);
    expect(mailsTo(team.ben.email)).toBe(benBefore);
    expect(await s.t.db.incidentEscalation.findUniqueOrThrow({ where: { id: e.id } })).toMatchObject({
      stopReason: "acknowledged",
    });
    const timeline = await s.t.db.incidentEvent.findMany({
      where: { incidentId: incident.id, kind: { in: ["page", "escalation"] } },
      orderBy: [{ at: "asc" }, { createdAt: "asc" }],
    });
    expect(timeline.map((t) => t.message)).toEqual([
      `Escalating by policy ${p.name}`,
      "Step 1: paged ana by email",
      "Step 2: carl has no contact methods; nobody paged",
      "Escalation stopped: acknowledged",
    ]);
    const pages = await s.t.db.incidentPage.findMany({ where: { incidentId: incident.id } });
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ userId: team.ana.id, methodKind: "EMAIL", ok: true, round: 0, step: 0 });
    await expect(deleteEscalationPolicy({ db: s.t.db, ctx: admin(), input: { id: p.id } })).resolves.toEqual({
      id: p.id,
    });
    // The policy goes; what it paged stays on record.
    expect(await s.t.db.incidentPage.count({ where: { incidentId: incident.id } })).toBe(1);
    expect(await s.t.db.incidentEscalation.findUniqueOrThrow({ where: { id: e.id } })).toMatchObject({
      policyId: null,
    });
  });

  it("queues again a step whose sender died before committing, skips one being sent, and sends it once", async () => {
    const { incident, e } = await escalatingP2("Checkout slow");
    const queued: StepRef[] = [];
    const dispatch = (at: Date) => dispatchEscalations(s.t.db, async (ref) => `job-${queued.push(ref)}`, at, 1_000);
    const mine = () => queued.filter((r) => r.escalationId === e.id);
    await dispatch(e.dueAt);
    expect(mine()).toEqual([{ escalationId: e.id, round: 0, step: 0 }]);
    const ref = { escalationId: e.id, round: 0, step: 0 };
    // A worker claims the step and dies mid-send: its transaction rolls back.
    await expect(
      s.t.db.$transaction(async (tx) => {
        expect(await claimStep(tx, systemCtx("test"), ref, new Date(), 60_000)).toMatchObject({ kind: "send" });
        throw new Error("killed");
      }),
    ).rejects.toThrow("killed");
    const soon = new Date(Date.now() + 1_000);
    await dispatch(soon);
    expect(mine()).toHaveLength(1);
    const late = new Date(Math.max(e.dueAt.getTime(), Date.now()) + LOST_STEP_MS + 1_000);
    // While another worker holds the step (sending it), it is not queued again.
    let release = () => {};
    const held = s.t.db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "IncidentEscalation" WHERE id = ${e.id} FOR UPDATE`;
      await new Promise<void>((r) => {
        release = r;
      });
    });
    await new Promise((r) => setTimeout(r, 200));
    await dispatch(late);
    expect(mine()).toHaveLength(1);
    release();
    await held;
    await dispatch(late);
    expect(mine()).toEqual([ref, ref]);
    const before = mailsTo(team.ana.email);
    expect(await Promise.all([1, 2, 3].map(() => runEscalationStep({ db: s.t.db, ref, deps })))).toEqual(
      expect.arrayContaining([1, 0, 0]),
    );
    expect(mailsTo(team.ana.email)).toBe(before + 1);
    const pages = await s.t.db.incidentPage.findMany({ where: { incidentId: incident.id } });
    expect(pages).toHaveLength(1);
    expect(pages[0]?.dueAt).toEqual(e.dueAt);
    await resolveIncident({ db: s.t.db, ctx: ctxOf(s.responder), input: { number: incident.number } });
  });

  it("sends again, once, the pages of a sender that died after claiming them", async () => {
    const { incident, e } = await escalatingP2("Payments failing");
    const ref = { escalationId: e.id, round: 0, step: 0 };
    const claimedAt = new Date();
    // The sender commits its claim and dies before sending.
    const sends = await s.t.db.$transaction((tx) => claimPages(tx, ref, claimedAt, 60_000));
    expect(sends).toHaveLength(1);
    expect(await runEscalationStep({ db: s.t.db, ref, deps })).toBe(0);
    expect(await retakeLostPages(s.t.db, new Date(claimedAt.getTime() + PAGE_LEASE_MS - 1_000))).toEqual([]);
    const later = new Date(claimedAt.getTime() + PAGE_LEASE_MS + 1_000);
    const [taken, again] = await Promise.all([retakeLostPages(s.t.db, later), retakeLostPages(s.t.db, later)]);
    expect([taken?.length, again?.length].sort()).toEqual([0, 1]);
    const lost = [...(taken ?? []), ...(again ?? [])];
    expect(lost[0]).toMatchObject({ attempts: 2, step: 0, dueAt: e.dueAt });
    const before = mailsTo(team.ana.email);
    expect(await deliverPage(s.t.db, lost[0] as (typeof lost)[number], deps)).toBe(true);
    expect(mailsTo(team.ana.email)).toBe(before + 1);
    // The first sender, back late, delivers (a duplicate) but does not record it a second time.
    await deliverPage(s.t.db, sends[0] as (typeof sends)[number], deps);
    const pages = await s.t.db.incidentPage.findMany({ where: { incidentId: incident.id } });
    expect(pages).toHaveLength(1);
    expect(await s.t.db.escalationSend.count({ where: { escalationId: e.id } })).toBe(0);
    const events = await s.t.db.incidentEvent.findMany({ where: { incidentId: incident.id, kind: "page" } });
    expect(events.map((x) => x.message)).toEqual([
      "Step 1: paged ana by email, sent again after its first sender stopped",
    ]);
    await resolveIncident({ db: s.t.db, ctx: ctxOf(s.responder), input: { number: incident.number } });
  });

  it("does not send again a dead sender's page once the incident has been acknowledged", async () => {
    const { incident, e } = await escalatingP2("Emails delayed");
    const claimedAt = new Date();
    await s.t.db.$transaction((tx) => claimPages(tx, { escalationId: e.id, round: 0, step: 0 }, claimedAt, 60_000));
    await acknowledgeIncident({ db: s.t.db, ctx: ctxOf(s.responder), input: { number: incident.number } });
    const lost = await retakeLostPages(s.t.db, new Date(claimedAt.getTime() + PAGE_LEASE_MS + 1_000));
    const mine = lost.filter((p) => p.escalationId === e.id);
    expect(mine).toHaveLength(1);
    const before = mailsTo(team.ana.email);
    expect(await deliverPage(s.t.db, mine[0] as (typeof mine)[number], deps)).toBe(false);
    expect(mailsTo(team.ana.email)).toBe(before);
    expect(await s.t.db.incidentPage.count({ where: { incidentId: incident.id } })).toBe(0);
    expect(await s.t.db.escalationSend.count({ where: { escalationId: e.id } })).toBe(0);
    await resolveIncident({ db: s.t.db, ctx: ctxOf(s.responder), input: { number: incident.number } });
  });

  it("waits for an acknowledgement being written rather than deadlocking with it, then sends nothing", async () => {
    const { incident, e } = await escalatingP2("Search down");
    const before = mailsTo(team.ana.email);
    let step: Promise<number> | undefined;
    await s.t.db.$transaction(
      async (tx) => {
        // The acknowledgement holds the incident's lock while the step's job starts, then stops the escalation.
        await lockIncident(tx, incident.number);
        step = runEscalationStep({ db: s.t.db, ref: { escalationId: e.id, round: 0, step: 0 }, deps });
        await new Promise((r) => setTimeout(r, 1_500));
        await acknowledgeLocked(tx, ctxOf(s.responder), incident.number, new Date());
      },
      { timeout: 10_000 },
    );
    expect(await step).toBe(0);
    expect(mailsTo(team.ana.email)).toBe(before);
    expect(await s.t.db.incidentEscalation.findUniqueOrThrow({ where: { id: e.id } })).toMatchObject({
      stopReason: "acknowledged",
      round: 0,
      step: 0,
    });
    await resolveIncident({ db: s.t.db, ctx: ctxOf(s.responder), input: { number: incident.number } });
  });

  it("refuses to delete a policy while it is escalating an open incident", async () => {
    const p = await create(chain(["P1"], { services: ["blog"] }));
    const incident = await declareIncident({
      db: s.t.db,
      ctx: ctxOf(s.responder),
      input: { title: "Blog down", severity: "P1", services: ["blog"] },
    });
    await expect(deleteEscalationPolicy({ db: s.t.db, ctx: admin(), input: { id: p.id } })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await resolveIncident({ db: s.t.db, ctx: ctxOf(s.responder), input: { number: incident.number } });
    await deleteEscalationPolicy({ db: s.t.db, ctx: admin(), input: { id: p.id } });
  });
});

describe("working hours", () => {
  const berlin = { zone: "Europe/Berlin", start: 540, end: 1020, days: [1, 2, 3, 4, 5] };
  it("keeps an instant inside them and moves one outside to the next start, skipping the weekend", () => {
    const at = (iso: string) => nextWorkingInstant(new Date(iso), berlin)?.toISOString();
    expect(at("2026-12-02T10:00:00Z")).toBe("2026-12-02T10:00:00.000Z"); // Wed 11:00 in Berlin
    expect(at("2026-12-02T05:00:00Z")).toBe("2026-12-02T08:00:00.000Z"); // Wed 06:00 → 09:00
    expect(at("2026-12-02T16:00:00Z")).toBe("2026-12-03T08:00:00.000Z"); // Wed 17:00 → Thu 09:00
    expect(at("2026-12-04T17:30:00Z")).toBe("2026-12-07T08:00:00.000Z"); // Fri evening → Mon
    expect(at("2026-07-04T12:00:00Z")).toBe("2026-07-06T07:00:00.000Z"); // summer time: 09:00 is 07:00Z
    expect(nextWorkingInstant(new Date(), { ...berlin, days: [] })).toBeNull();
  });
});
