import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError } from "../errors.ts";
import { acknowledgeIncident } from "../incident/acknowledge.ts";
import { declareIncident } from "../incident/declare.ts";
import { resolveIncident } from "../incident/resolve.ts";
import { reopenIncident } from "../incident/reopen.ts";
import { ctxOf, makeUser, type TestUser } from "../testing.ts";
import { ackLinkPath, hashAckToken, issueAckLink } from "./issue.ts";
import { readAckLink } from "./read.ts";
import { redeemAckLink } from "./redeem.ts";

const now = new Date("2026-12-03T03:00:00.000Z");
const later = (min: number) => new Date(now.getTime() + min * 60_000);

describe("one-click acknowledgement links", () => {
  let t: TestDb;
  let lead: TestUser;
  let paged: TestUser;
  beforeAll(async () => {
    t = await createTestDb();
    lead = await makeUser(t.db, { role: "RESPONDER", name: "Lead" });
    paged = await makeUser(t.db, { role: "RESPONDER", name: "Ana Berg" });
    await t.db.service.create({ data: { slug: "api", name: "API" } });
  });
  afterAll(() => t.drop());

  const declare = async (title: string) =>
    declareIncident({ db: t.db, ctx: ctxOf(lead), input: { title, severity: "P1", services: ["api"] }, now });
  const linkFor = (incidentId: string, userId = paged.id, at = now) =>
    t.db.$transaction((tx) => issueAckLink(tx, { incidentId, userId, now: at }));

  it("keeps only the token's hash, and makes a path of it", async () => {
    const incident = await declare("Checkout down");
    const token = await linkFor(incident.id);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(ackLinkPath(token)).toBe(`/ack/${token}`);
    const rows = await t.db.incidentAckLink.findMany({ where: { incidentId: incident.id } });
    expect(rows).toEqual([expect.objectContaining({ tokenHash: hashAckToken(token), userId: paged.id, usedAt: null })]);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("acknowledges once, as the person paged, on the timeline and in the audit log", async () => {
    const incident = await declare("Payments failing");
    const token = await linkFor(incident.id);
    expect(await readAckLink(t.db, token)).toMatchObject({
      state: "ready",
      sentTo: "Ana Berg",
      incident: { number: incident.number, title: "Payments failing", severity: "P1", service: "API" },
    });
    const done = await redeemAckLink({ db: t.db, token, now: later(3) });
    expect(done).toMatchObject({
      state: "used",
      usedAt: later(3).toISOString(),
      incident: { acknowledgedAt: later(3).toISOString(), acknowledgedBy: "Ana Berg" },
    });
    const events = await t.db.incidentEvent.findMany({ where: { incidentId: incident.id, kind: "acknowledged" } });
    expect(events).toEqual([
      expect.objectContaining({
        authorId: paged.id,
        message: "Acknowledged from the one-click link paged to Ana Berg",
      }),
    ]);
    const audit = await t.db.auditLog.findMany({ where: { targetId: incident.id }, orderBy: { createdAt: "asc" } });
    const actions = audit.filter((a) => a.actorId === paged.id).map((a) => a.action);
    expect(actions).toEqual(["incident.acknowledge", "incident.ack_link.use"]);
    expect(JSON.stringify(audit)).not.toContain(token);

    const again = redeemAckLink({ db: t.db, token, now: later(4) });
    await expect(again).rejects.toThrow(ConflictError);
    await expect(redeemAckLink({ db: t.db, token, now: later(4) })).rejects.toThrow(/already used/);
  });

  it("says who acknowledged first when someone else did", async () => {
    const incident = await declare("Queue backlog");
    const token = await linkFor(incident.id);
    await acknowledgeIncident({ db: t.db, ctx: ctxOf(lead), input: { number: incident.number }, now: later(1) });
    expect((await readAckLink(t.db, token)).state).toBe("acknowledged");
    await expect(redeemAckLink({ db: t.db, token, now: later(2) })).rejects.toThrow(
      `Incident #${incident.number} was already acknowledged by Lead`,
    );
  });

  it("expires when the incident is resolved, and stays expired after a reopening", async () => {
    const incident = await declare("Disk full");
    const token = await linkFor(incident.id);
    await resolveIncident({ db: t.db, ctx: ctxOf(lead), input: { number: incident.number }, now: later(5) });
    await expect(redeemAckLink({ db: t.db, token, now: later(6) })).rejects.toThrow(/expired/);
    await reopenIncident({
      db: t.db,
      ctx: ctxOf(lead),
      input: { number: incident.number, reason: "Came back" },
      now: later(7),
    });
    expect((await readAckLink(t.db, token)).state).toBe("expired");
    const fresh = await linkFor(incident.id, paged.id, later(8));
    expect((await readAckLink(t.db, fresh)).state).toBe("ready");
  });

  it("is for its own incident only, and refuses unknown tokens and disabled people", async () => {
    const one = await declare("One");
    const two = await declare("Two");
    const token = await linkFor(one.id);
    await redeemAckLink({ db: t.db, token, now: later(1) });
    const second = await t.db.incident.findUniqueOrThrow({ where: { id: two.id } });
    expect(second.acknowledgedAt).toBeNull();

    await expect(readAckLink(t.db, "nope")).rejects.toThrow(NotFoundError);
    await expect(redeemAckLink({ db: t.db, token: `${token}x`, now })).rejects.toThrow(NotFoundError);

    const gone = await makeUser(t.db, { role: "RESPONDER", name: "Gone", disabled: true });
    const theirs = await linkFor(two.id, gone.id);
    await expect(redeemAckLink({ db: t.db, token: theirs, now: later(1) })).rejects.toThrow(ForbiddenError);
    expect((await t.db.incidentAckLink.findFirstOrThrow({ where: { userId: gone.id } })).usedAt).toBeNull();
  });

  it("lets only one of two simultaneous clicks through", async () => {
    const incident = await declare("Race");
    const token = await linkFor(incident.id);
    const results = await Promise.allSettled([
      redeemAckLink({ db: t.db, token, now: later(1) }),
      redeemAckLink({ db: t.db, token, now: later(1) }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const acks = await t.db.incidentEvent.count({ where: { incidentId: incident.id, kind: "acknowledged" } });
    expect(acks).toBe(1);
  });
});
