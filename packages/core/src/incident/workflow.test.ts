import type { TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors.ts";
import { ctxOf, makeUser, type RoleSuite, roleSuite, type TestUser } from "../testing.ts";
import { acknowledgeIncident } from "./acknowledge.ts";
import { addIncidentNote } from "./add-note.ts";
import { declareIncident } from "./declare.ts";
import { postIncidentUpdate } from "./post-update.ts";
import { reopenIncident } from "./reopen.ts";
import { resolveIncident } from "./resolve.ts";
import { updateIncident } from "./update.ts";

const t0 = new Date("2026-11-23T14:00:00.000Z");
const MIN = 60_000;
const at = (m: number) => new Date(t0.getTime() + m * MIN);

describe("incident workflow", () => {
  let s: RoleSuite;
  let t: TestDb;
  let other: TestUser;
  const rows = async () => ({
    incidents: await t.db.incident.count(),
    events: await t.db.incidentEvent.count(),
    audit: await t.db.auditLog.count(),
    live: await t.db.liveEvent.count(),
    roles: await t.db.incidentRoleAssignment.count(),
  });
  const liveKinds = async () => (await t.db.liveEvent.findMany({ orderBy: { id: "asc" } })).map((e) => e.kind);
  const declare = (input: Partial<Parameters<typeof declareIncident>[0]["input"]> = {}, now = t0) =>
    declareIncident({
      db: t.db,
      ctx: ctxOf(s.responder),
      input: { title: "Checkout errors", severity: "P1", services: ["checkout"], ...input },
      now,
    });

  beforeAll(async () => {
    s = await roleSuite();
    t = s.t;
    other = await makeUser(t.db, { role: "RESPONDER", name: "Olga Other" });
    for (const slug of ["checkout", "payments"])
      await t.db.service.create({ data: { slug, name: slug[0]?.toUpperCase() + slug.slice(1) } });
  });
  afterAll(() => t.drop());

  it("declares an incident on several services with the declarer as commander", async () => {
    const live0 = (await rows()).live;
    const i = await declare({ services: ["payments", "checkout", "checkout"], summary: "  5xx on pay  " });
    expect(i).toMatchObject({
      title: "Checkout errors",
      severity: "P1",
      status: "INVESTIGATING",
      summary: "5xx on pay",
      service: { slug: "payments" },
      commander: { id: s.responder.id },
      commsLead: null,
      customerFacing: false,
      detectedAt: t0.toISOString(),
      acknowledgedAt: null,
    });
    expect(i.services.map((x) => x.slug)).toEqual(["checkout", "payments"]);
    expect(i.events).toMatchObject([{ kind: "opened", author: { id: s.responder.id }, at: t0.toISOString() }]);
    expect(i.roleHistory).toEqual([
      {
        role: "COMMANDER",
        user: expect.objectContaining({ id: s.responder.id }),
        startedAt: t0.toISOString(),
        endedAt: null,
      },
    ]);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "incident.declare", targetId: i.id } });
    expect(audit.actorId).toBe(s.responder.id);
    const live = await t.db.liveEvent.findMany({ orderBy: { id: "asc" }, skip: live0 });
    expect(live).toMatchObject([{ kind: "incident.created", payload: { number: i.number, id: i.id } }]);
  });

  it("keeps an earlier detection time on the timeline, with a response target it has missed already", async () => {
    const i = await declare({ detectedAt: at(-30).toISOString() }, t0);
    expect(i.detectedAt).toBe(at(-30).toISOString());
    expect(i.events.map((e) => [e.kind, e.at])).toEqual([
      ["detected", at(-30).toISOString()],
      ["sla_breach", at(-15).toISOString()],
      ["opened", t0.toISOString()],
    ]);
    expect(i.sla).toMatchObject({ responseBreached: true, responseBreachedAt: at(-15).toISOString() });
    for (const bad of [at(5), at(-31 * 24 * 60)]) {
      const err = await declare({ detectedAt: bad.toISOString() }, t0).catch((e: unknown) => e);
      expect((err as ValidationError).fieldErrors).toHaveProperty("detectedAt");
    }
  });

  it("takes another commander when one is named", async () => {
    const i = await declare({ commanderId: other.id, severity: "P3" });
    expect(i.commander?.id).toBe(other.id);
  });

  it("refuses bad declarations with the field named, writing nothing", async () => {
    const before = await rows();
    const cases: [Record<string, unknown>, string][] = [
      [{ services: ["nope"] }, "services"],
      [{ services: [] }, "services"],
      [{ title: "  " }, "title"],
      [{ title: "x".repeat(201) }, "title"],
      [{ severity: "P7" }, "severity"],
      [{ commanderId: "no-such-user" }, "commanderId"],
      [{ commanderId: s.viewer.id }, "commanderId"],
      [{ summary: "x".repeat(5001) }, "summary"],
    ];
    for (const [input, field] of cases) {
      const err = await declare(input as never).catch((e: unknown) => e);
      expect(err, JSON.stringify(input)).toBeInstanceOf(ValidationError);
      expect(Object.keys((err as ValidationError).fieldErrors)).toContain(field);
    }
    expect(await rows()).toEqual(before);
  });

  it("refuses a viewer every verb, writing nothing", async () => {
    const i = await declare();
    const before = await rows();
    const ctx = ctxOf(s.viewer);
    const n = { number: i.number };
    const calls = [
      () => declareIncident({ db: t.db, ctx, input: { title: "x", severity: "P1", services: ["checkout"] } }),
      () => acknowledgeIncident({ db: t.db, ctx, input: n }),
      () => postIncidentUpdate({ db: t.db, ctx, input: { ...n, status: "IDENTIFIED", message: "x" } }),
      () => addIncidentNote({ db: t.db, ctx, input: { ...n, text: "x" } }),
      () => resolveIncident({ db: t.db, ctx, input: n }),
      () => reopenIncident({ db: t.db, ctx, input: n }),
      () => updateIncident({ db: t.db, ctx, input: { ...n, severity: "P0" } }),
    ];
    for (const c of calls) await expect(c()).rejects.toBeInstanceOf(ForbiddenError);
    expect(await rows()).toEqual(before);
  });

  it("runs the whole workflow with a timeline entry, an audit row and a live event per change", async () => {
    const i = await declare({}, at(0));
    const ctx = ctxOf(s.responder);
    const n = { number: i.number };
    const live0 = (await rows()).live;

    const acked = await acknowledgeIncident({ db: t.db, ctx, input: n, now: at(3) });
    expect(acked.acknowledgedAt).toBe(at(3).toISOString());
    await expect(acknowledgeIncident({ db: t.db, ctx, input: n, now: at(4) })).rejects.toBeInstanceOf(ConflictError);

    const identified = await postIncidentUpdate({
      db: t.db,
      ctx,
      input: {
        ...n,
        status: "IDENTIFIED",
        impact: "Card payments fail",
        nextUpdateAt: at(40).toISOString(),
        message: "Bad deploy",
      },
      now: at(10),
    });
    expect(identified.status).toBe("IDENTIFIED");
    expect(identified.mitigatedAt).toBeNull();
    expect(identified.events.at(-1)).toMatchObject({
      kind: "identified",
      message: "Bad deploy",
      data: {
        status: "IDENTIFIED",
        from: "INVESTIGATING",
        impact: "Card payments fail",
        nextUpdateAt: at(40).toISOString(),
      },
    });

    const monitoring = await postIncidentUpdate({
      db: t.db,
      ctx,
      input: { ...n, status: "MONITORING", message: "Rolled back" },
      now: at(20),
    });
    expect(monitoring.mitigatedAt).toBe(at(20).toISOString());
    expect(monitoring.events.slice(-2).map((e) => e.kind)).toEqual(["monitoring", "mitigated"]);

    const noted = await addIncidentNote({
      db: t.db,
      ctx,
      input: { ...n, text: "root cause identified", at: at(5).toISOString() },
      now: at(21),
    });
    const note = noted.events.find((e) => e.kind === "note");
    expect(note).toMatchObject({ at: at(5).toISOString(), data: { writtenAt: at(21).toISOString() } });
    expect(noted.events.map((e) => e.at)).toEqual([...noted.events.map((e) => e.at)].sort());

    const handed = await updateIncident({
      db: t.db,
      ctx,
      input: { ...n, commanderId: other.id, commsLeadId: s.admin.id, severity: "P0", customerFacing: true },
      now: at(22),
    });
    expect(handed).toMatchObject({
      commander: { id: other.id },
      commsLead: { id: s.admin.id },
      severity: "P0",
      customerFacing: true,
    });
    // Raised to P0: its response steps the incident lacks are added, after the changes themselves.
    expect(handed.events.slice(-5).map((e) => e.kind)).toEqual([
      "severity",
      "role",
      "role",
      "customer_facing",
      "response_step",
    ]);
    expect(handed.roleHistory).toMatchObject([
      {
        role: "COMMANDER",
        user: { id: s.responder.id },
        startedAt: at(0).toISOString(),
        endedAt: at(22).toISOString(),
      },
      { role: "COMMANDER", user: { id: other.id }, startedAt: at(22).toISOString(), endedAt: null },
      { role: "COMMS_LEAD", user: { id: s.admin.id }, endedAt: null },
    ]);

    const resolved = await resolveIncident({ db: t.db, ctx, input: n, now: at(30) });
    expect(resolved).toMatchObject({
      status: "RESOLVED",
      resolvedAt: at(30).toISOString(),
      mitigatedAt: at(20).toISOString(),
    });
    await expect(resolveIncident({ db: t.db, ctx, input: n, now: at(31) })).rejects.toBeInstanceOf(ConflictError);
    await expect(() =>
      postIncidentUpdate({ db: t.db, ctx, input: { ...n, status: "MONITORING", message: "x" }, now: at(31) }),
    ).rejects.toBeInstanceOf(ConflictError);

    const reopened = await reopenIncident({ db: t.db, ctx, input: { ...n, reason: "errors are back" }, now: at(35) });
    expect(reopened).toMatchObject({ status: "INVESTIGATING", resolvedAt: null });
    expect(reopened.events.at(-1)).toMatchObject({
      kind: "reopened",
      message: "Reopened: errors are back",
      data: { resolvedAt: at(30).toISOString() },
    });
    expect(reopened.events.filter((e) => e.kind === "resolved")).toHaveLength(1);
    await expect(reopenIncident({ db: t.db, ctx, input: n, now: at(36) })).rejects.toBeInstanceOf(ConflictError);

    const again = await postIncidentUpdate({
      db: t.db,
      ctx,
      input: { ...n, status: "RESOLVED", message: "Fixed for good" },
      now: at(50),
    });
    expect(again).toMatchObject({ status: "RESOLVED", resolvedAt: at(50).toISOString() });
    expect(again.events.filter((e) => e.kind === "resolved").map((e) => e.at)).toEqual([
      at(30).toISOString(),
      at(50).toISOString(),
    ]);

    const kinds = await liveKinds();
    expect(kinds.slice(live0)).toEqual([
      "incident.changed", // acknowledged
      "incident.changed", // identified
      "incident.changed", // monitoring
      "incident.timeline", // note
      "incident.changed", // hand-over etc.
      "incident.changed", // resolved
      "incident.changed", // reopened
      "incident.changed", // resolved by update
    ]);
    const actions = (await t.db.auditLog.findMany({ where: { targetId: i.id }, orderBy: { createdAt: "asc" } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual([
      "incident.declare",
      "incident.acknowledge",
      "incident.update",
      "incident.update",
      "incident.note",
      "incident.change",
      "incident.resolve",
      "incident.reopen",
      "incident.update",
    ]);
  });

  it("refuses invalid updates and notes with the field named, writing nothing", async () => {
    const i = await declare({}, at(0));
    const ctx = ctxOf(s.responder);
    const n = { number: i.number };
    const before = await rows();
    const cases: [() => Promise<unknown>, string][] = [
      [
        () => postIncidentUpdate({ db: t.db, ctx, input: { ...n, status: "RESOLVED", message: "" }, now: at(5) }),
        "message",
      ],
      [
        () => postIncidentUpdate({ db: t.db, ctx, input: { ...n, status: "DONE" as never, message: "x" }, now: at(5) }),
        "status",
      ],
      [
        () =>
          postIncidentUpdate({
            db: t.db,
            ctx,
            input: { ...n, status: "IDENTIFIED", message: "x", nextUpdateAt: at(1).toISOString() },
            now: at(5),
          }),
        "nextUpdateAt",
      ],
      [
        () =>
          postIncidentUpdate({
            db: t.db,
            ctx,
            input: { ...n, status: "IDENTIFIED", message: "x", impact: "y".repeat(1001) },
            now: at(5),
          }),
        "impact",
      ],
      [
        () => addIncidentNote({ db: t.db, ctx, input: { ...n, text: "later", at: at(6).toISOString() }, now: at(5) }),
        "at",
      ],
      [
        () => addIncidentNote({ db: t.db, ctx, input: { ...n, text: "before", at: at(-1).toISOString() }, now: at(5) }),
        "at",
      ],
      [() => addIncidentNote({ db: t.db, ctx, input: { ...n, text: "x", at: "14:05" }, now: at(5) }), "at"],
      [() => addIncidentNote({ db: t.db, ctx, input: { ...n, text: "" }, now: at(5) }), "text"],
      [() => updateIncident({ db: t.db, ctx, input: { ...n, commanderId: "ghost" }, now: at(5) }), "commanderId"],
      [() => updateIncident({ db: t.db, ctx, input: { ...n, commsLeadId: s.viewer.id }, now: at(5) }), "commsLeadId"],
      [
        () => updateIncident({ db: t.db, ctx, input: { ...n, mitigatedAt: at(9).toISOString() }, now: at(5) }),
        "mitigatedAt",
      ],
      [() => updateIncident({ db: t.db, ctx, input: n, now: at(5) }), "_form"],
    ];
    for (const [call, field] of cases) {
      const err = await call().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ValidationError);
      expect(Object.keys((err as ValidationError).fieldErrors)).toContain(field);
    }
    // A severity change and an unknown user together: nothing of it is kept.
    await expect(() =>
      updateIncident({ db: t.db, ctx, input: { ...n, severity: "P0", commsLeadId: "ghost" }, now: at(5) }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await rows()).toEqual(before);
    await expect(acknowledgeIncident({ db: t.db, ctx, input: { number: 999_999 } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(acknowledgeIncident({ db: t.db, ctx, input: { number: "abc" as never } })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(acknowledgeIncident({ db: t.db, ctx, input: { number: 2 ** 31 } })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it("writes nothing for an update that changes nothing", async () => {
    const i = await declare({}, at(0));
    const before = await rows();
    const same = await updateIncident({
      db: t.db,
      ctx: ctxOf(s.responder),
      input: { number: i.number, severity: i.severity, commanderId: s.responder.id, customerFacing: false },
      now: at(1),
    });
    expect(same.events).toHaveLength(1);
    expect(await rows()).toEqual(before);
  });

  it("sets the mitigation time explicitly, within the incident", async () => {
    const i = await declare({}, at(0));
    const out = await updateIncident({
      db: t.db,
      ctx: ctxOf(s.admin),
      input: { number: i.number, mitigatedAt: at(4).toISOString() },
      now: at(10),
    });
    expect(out.mitigatedAt).toBe(at(4).toISOString());
    expect(out.events.at(-1)).toMatchObject({ kind: "mitigated", at: at(4).toISOString(), author: { id: s.admin.id } });
  });

  it("refuses a second concurrent acknowledgement and resolution", async () => {
    const i = await declare({}, at(0));
    const ctx = ctxOf(s.responder);
    const n = { number: i.number };
    const acks = await Promise.allSettled(
      [1, 2].map(() => acknowledgeIncident({ db: t.db, ctx, input: n, now: at(1) })),
    );
    expect(acks.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const resolves = await Promise.allSettled(
      [1, 2].map(() => resolveIncident({ db: t.db, ctx, input: n, now: at(2) })),
    );
    expect(resolves.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = resolves.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ConflictError);
    expect(
      await t.db.incidentEvent.count({ where: { incidentId: i.id, kind: { in: ["acknowledged", "resolved"] } } }),
    ).toBe(2);
  });
});
