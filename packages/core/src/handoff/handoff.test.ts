import type { TestDb } from "@opsdeck/db/testing";
import {
  type MessageReceiver,
  type SmtpReceiver,
  startSmtpReceiver,
  startWebhookReceiver,
  type WebhookDelivery,
} from "@opsdeck/integrations/testing/index";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { putContactMethods } from "../contact/put.ts";
import { contactSigningSecret } from "../contact/secret.ts";
import { ForbiddenError, ValidationError } from "../errors.ts";
import { declareIncident } from "../incident/declare.ts";
import { createMailChannel } from "../notification/testing.ts";
import { addOverride } from "../schedule/add-override.ts";
import { createSchedule } from "../schedule/create.ts";
import { generateKey, parseKey } from "../secrets/crypto.ts";
import { ctxOf, makeUser, type RoleSuite, roleSuite, type TestUser } from "../testing.ts";
import { type DueHandoff, dueHandoffs } from "./due.ts";
import { readHandoffNotes } from "./read-notes.ts";
import { sendHandoff } from "./send.ts";
import { writeHandoffNote } from "./write-note.ts";

const key = parseKey(generateKey());
const at = (iso: string) => new Date(iso);
/** A daily 09:00 UTC rotation of Ana and Ben from Monday 1 June 2026: Ana on the 1st, Ben on the 2nd… */
const DAY2 = "2026-06-02T09:00:00.000Z";
const DAY3 = "2026-06-03T09:00:00.000Z";
const DAY4 = "2026-06-04T09:00:00.000Z";

describe("on-call handoffs", () => {
  let s: RoleSuite;
  let t: TestDb;
  let ana: TestUser;
  let ben: TestUser;
  let cy: TestUser;
  let scheduleId: string;
  let smtp: SmtpReceiver;
  let hook: MessageReceiver<WebhookDelivery>;

  const mailsTo = (address: string) => smtp.mails.filter((m) => m.to.includes(address));
  /** What one worker does on a tick at `now`. */
  const tick = async (now: Date) => {
    const results = [];
    for (const handoff of await dueHandoffs({ db: t.db, now }))
      results.push(await sendHandoff({ db: t.db, key, handoff, now, baseUrl: "https://ops.example.test" }));
    return results;
  };

  beforeAll(async () => {
    s = await roleSuite();
    t = s.t;
    ana = await makeUser(t.db, { role: "RESPONDER", name: "Ana", email: "ana@example.com" });
    ben = await makeUser(t.db, { role: "RESPONDER", name: "Ben", email: "ben@example.com" });
    cy = await makeUser(t.db, { role: "RESPONDER", name: "Cy", email: "cy@example.com" });
    smtp = await startSmtpReceiver();
    await createMailChannel(t.db, ctxOf(s.admin), key, smtp.port);
    // Ben is reached by mail, by his own signed webhook, and by Slack, which has no channel to go through.
    const probe = await startWebhookReceiver({ secret: "unused" });
    await probe.close();
    const methods = await putContactMethods({
      db: t.db,
      ctx: ctxOf(ben),
      input: {
        email: ben.email,
        methods: [
          { kind: "EMAIL", address: ben.email },
          { kind: "WEBHOOK", address: probe.url },
          { kind: "SLACK", address: "U012AB3CD" },
        ],
      },
    });
    const secret = contactSigningSecret(key, methods[1]?.id ?? "");
    hook = await startWebhookReceiver({ secret, port: Number(new URL(probe.url).port) });
    for (const u of [ana, cy])
      await putContactMethods({
        db: t.db,
        ctx: ctxOf(u),
        input: { email: u.email, methods: [{ kind: "EMAIL", address: u.email }] },
      });
    scheduleId = (
      await createSchedule({
        db: t.db,
        ctx: ctxOf(s.admin),
        input: {
          name: "Storefront",
          timeZone: "UTC",
          layers: [
            {
              name: "primary",
              handoff: { every: "day", at: "09:00" },
              startsAt: "2026-06-01T09:00:00Z",
              members: [ana.email, ben.email],
            },
          ],
        },
      })
    ).id;
  });
  afterAll(async () => {
    await hook?.close();
    await smtp?.close();
    await t?.drop();
  });

  const write = (who: TestUser, note: string, now = at("2026-06-02T08:00:00Z")) =>
    writeHandoffNote({ db: t.db, ctx: ctxOf(who), input: { id: scheduleId, layer: "Primary", note }, now });

  it("lets the person on call, or an admin, write the note for the next handoff, and audits it", async () => {
    const saved = await write(ana, "  Disk on db-2 fills up; watch it.  ");
    expect(saved).toMatchObject({
      layer: "primary",
      handoffAt: DAY2,
      from: { email: ana.email },
      to: { email: ben.email },
      note: "Disk on db-2 fills up; watch it.",
      author: ana.email,
      mayEdit: true,
    });
    await expect(write(ben, "not my shift")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(write(s.viewer, "viewers read")).rejects.toBeInstanceOf(ForbiddenError);
    const long = await write(ana, "x".repeat(2001)).catch((e: unknown) => e);
    expect(long).toBeInstanceOf(ValidationError);
    expect((long as ValidationError).fieldErrors.note).toEqual(["Use at most 2000 characters"]);
    const read = await readHandoffNotes({
      db: t.db,
      ctx: ctxOf(ben),
      input: { id: scheduleId },
      now: at("2026-06-02T08:00:00Z"),
    });
    expect(read).toEqual([{ ...saved, mayEdit: false }]);
    const audit = await t.db.auditLog.findMany({ where: { action: "schedule.handoff_note", targetId: scheduleId } });
    expect(audit.map((a) => [a.actorId, (a.after as { note: string }).note])).toEqual([
      [ana.id, "Disk on db-2 fills up; watch it."],
    ]);
    // An admin writes anyone's; an empty note removes it.
    expect((await write(s.admin, "", at("2026-06-02T08:30:00Z"))).note).toBe("");
    await write(ana, "Disk on db-2 fills up; watch it.", at("2026-06-02T08:40:00Z"));
  });

  it("at a shift boundary sends the incoming person one message: open incidents, unacknowledged first, and the note", async () => {
    const ctx = ctxOf(s.responder);
    await t.db.service.create({ data: { slug: "shop", name: "Shop" } });
    const declare = (title: string, severity: "P1" | "P2" | "P3") =>
      declareIncident({ db: t.db, ctx, input: { title, severity, services: ["shop"] } });
    const acked = await declare("Slow search", "P1");
    const open = await declare("Checkout errors", "P2");
    const resolved = await declare("Old outage", "P3");
    await t.db.incident.update({ where: { number: acked.number }, data: { acknowledgedAt: new Date() } });
    await t.db.incident.update({ where: { number: resolved.number }, data: { status: "RESOLVED" } });

    expect(await dueHandoffs({ db: t.db, now: at("2026-06-02T08:59:59Z") })).toEqual([]);
    const results = await tick(at("2026-06-02T09:05:00Z"));
    expect(results).toHaveLength(1);
    const [r] = results;
    expect(r?.sent && r.outcomes.map((o) => [o.kind, o.ok])).toEqual([
      ["EMAIL", true],
      ["WEBHOOK", true],
      ["SLACK", false],
    ]);
    expect(r?.sent && r.outcomes[2]?.detail).toMatch(/no Slack notification channel is enabled/);

    const [mail, ...more] = mailsTo(ben.email);
    expect(more).toEqual([]);
    expect(mail?.subject).toBe(
      "[On call] Storefront / primary: You are on call for Storefront / primary from 2026-06-02 09:00 UTC",
    );
    const body = (mail?.raw ?? "").replace(/=\r?\n/g, "");
    const order = [
      `#${open.number} [P2] Checkout errors`,
      `#${acked.number} [P1] Slow search`,
      "Disk on db-2 fills up",
    ];
    const positions = order.map((text) => body.indexOf(text));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(body).toContain("Not acknowledged yet:");
    expect(body).not.toContain("Old outage");

    expect(hook.messages).toHaveLength(1);
    const [delivery] = hook.messages;
    expect(delivery?.verified).toBe(true);
    expect(delivery?.body).toMatchObject({
      type: "handoff",
      to: "Ben",
      from: "Ana",
      schedule: "Storefront",
      layer: "primary",
      startsAt: DAY2,
      note: "Disk on db-2 fills up; watch it.",
      url: `https://ops.example.test/schedules/${scheduleId}/handoff`,
    });
    const incidents = (delivery?.body.incidents ?? []) as { number: number; acknowledged: boolean; service: string }[];
    expect(incidents.map((i) => [i.number, i.acknowledged, i.service])).toEqual([
      [open.number, false, "Shop"],
      [acked.number, true, "Shop"],
    ]);

    const row = await t.db.onCallHandoffMessage.findFirst({ where: { startsAt: at(DAY2) } });
    expect(row?.userId).toBe(ben.id);
    expect(row?.sentAt).not.toBeNull();
    // The next tick finds it sent.
    expect(await tick(at("2026-06-02T09:06:00Z"))).toEqual([]);
    expect(mailsTo(ben.email)).toHaveLength(1);
  });

  it("two workers crossing the same boundary send one message", async () => {
    const now = at("2026-06-03T09:01:00Z");
    const [due, ...others] = await dueHandoffs({ db: t.db, now });
    expect([due?.userId, others]).toEqual([ana.id, []]);
    const send = () => sendHandoff({ db: t.db, key, handoff: due as DueHandoff, now });
    const results = await Promise.all([send(), send()]);
    expect(results.map((r) => r.sent).sort()).toEqual([false, true]);
    expect(await tick(now)).toEqual([]);
    expect(mailsTo(ana.email)).toHaveLength(1);
    expect(await t.db.onCallHandoffMessage.count({ where: { startsAt: at(DAY3) } })).toBe(1);
  });

  it("a boundary crossed more than 15 minutes ago sends nothing", async () => {
    expect((await dueHandoffs({ db: t.db, now: at("2026-06-04T09:15:00Z") })).map((d) => d.userId)).toEqual([ben.id]);
    expect(await tick(at("2026-06-04T09:15:01Z"))).toEqual([]);
    expect(await t.db.onCallHandoffMessage.count({ where: { startsAt: at(DAY4) } })).toBe(0);
    expect(mailsTo(ben.email)).toHaveLength(1);
  });

  it("an override starting hands the layer to the override's person, and its end hands it back", async () => {
    await addOverride({
      db: t.db,
      ctx: ctxOf(s.admin),
      input: {
        id: scheduleId,
        layer: "primary",
        email: cy.email,
        startsAt: "2026-06-04T13:00:00Z",
        endsAt: "2026-06-04T18:00:00Z",
      },
    });
    const due = await dueHandoffs({ db: t.db, now: at("2026-06-04T13:02:00Z") });
    expect(due.map((d) => [d.userId, d.fromUserId, d.startsAt.toISOString()])).toEqual([
      [cy.id, ben.id, "2026-06-04T13:00:00.000Z"],
    ]);
    expect((await tick(at("2026-06-04T13:02:00Z"))).map((r) => r.sent)).toEqual([true]);
    expect(mailsTo(cy.email)).toHaveLength(1);
    expect(mailsTo(cy.email)[0]?.subject).toContain("from 2026-06-04 13:00 UTC");
    const back = await dueHandoffs({ db: t.db, now: at("2026-06-04T18:00:00Z") });
    expect(back.map((d) => [d.userId, d.fromUserId])).toEqual([[ben.id, cy.id]]);
  });
});
