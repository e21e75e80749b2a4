import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import {
  type MessageReceiver,
  type SlackMessage,
  startSlackServer,
  startWebhookReceiver,
  type WebhookDelivery,
} from "@opsdeck/integrations/testing/index";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "../errors.ts";
import { acknowledgeIncident } from "../incident/acknowledge.ts";
import { applyCheckChangesToIncidents } from "../incident/auto.ts";
import { declareIncident } from "../incident/declare.ts";
import { postIncidentUpdate } from "../incident/post-update.ts";
import { resolveIncident } from "../incident/resolve.ts";
import { updateIncident } from "../incident/update.ts";
import { systemCtx } from "../roles.ts";
import { generateKey, parseKey } from "../secrets/crypto.ts";
import { ctxOf, expectAuditClean, makeUser, type TestUser } from "../testing.ts";
import { listChannels } from "./channel-read.ts";
import { createChannel, deleteChannel, updateChannel } from "./channel-write.ts";
import { deliverNotification } from "./deliver.ts";
import { dispatchDueNotifications } from "./dispatch.ts";
import { listIncidentNotifications } from "./list.ts";
import { sendTestNotification } from "./test-send.ts";

const SECRET = "whsec_core_notification_test";
const t0 = Date.parse("2026-11-23T14:00:00.000Z");
const MIN = 60_000;

describe("incident notifications", () => {
  let t: TestDb;
  let admin: TestUser;
  let slack: MessageReceiver<SlackMessage>;
  let hook: MessageReceiver<WebhookDelivery>;
  const key = parseKey(generateKey());
  const deps = () => ({ secretKey: key, baseUrl: "http://opsdeck.test" });
  const channels: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestDb();
    admin = await makeUser(t.db, { role: "ADMIN", name: "Ada" });
    slack = await startSlackServer();
    hook = await startWebhookReceiver({ secret: SECRET });
    await t.db.service.create({ data: { slug: "api", name: "API" } });
    const ctx = ctxOf(admin);
    const add = async (input: Parameters<typeof createChannel>[0]["input"]) =>
      (await createChannel({ db: t.db, ctx, key, input })).id;
    channels.oncall = await add({
      name: "#oncall",
      kind: "SLACK",
      severities: ["P0", "P1"],
      webhookUrl: `${slack.url}/services/T1/B1/oncall`,
    });
    channels.quiet = await add({
      name: "#ops",
      kind: "SLACK",
      quiet: true,
      webhookUrl: `${slack.url}/services/T1/B1/ops`,
    });
    channels.hook = await add({
      name: "ops-hook",
      kind: "WEBHOOK",
      severities: ["P2", "P3"],
      config: { url: hook.url },
      signingSecret: SECRET,
    });
  });
  afterEach(() => {
    slack.calls.length = 0;
    slack.messages.length = 0;
    hook.calls.length = 0;
    hook.messages.length = 0;
  });
  afterAll(async () => {
    await Promise.all([slack?.close(), hook?.close()]);
    await t?.drop();
  });

  const declare = (severity: "P0" | "P1" | "P2" | "P3", now = new Date()) =>
    declareIncident({
      db: t.db,
      ctx: ctxOf(admin),
      input: { title: `Checkout ${severity}`, severity, services: ["api"] },
      now,
    });
  const rowsOf = (incidentId: string) =>
    t.db.notification.findMany({
      where: { incidentId },
      include: { channel: true },
      orderBy: [{ createdAt: "asc" }, { channel: { name: "asc" } }],
    });
  const timeline = async (incidentId: string) =>
    (
      await t.db.incidentEvent.findMany({
        where: { incidentId, kind: "notification" },
        orderBy: [{ at: "asc" }, { createdAt: "asc" }],
      })
    ).map((e) => e.message);
  /** One dispatch round at `at` (as pg-boss would run it): the ids it queued, delivered. */
  const roundAt = async (at: Date) => {
    const ids: string[] = [];
    await dispatchDueNotifications(
      t.db,
      async (id) => {
        ids.push(id);
        return `job-${id}-${at.getTime()}`;
      },
      at,
    );
    for (const id of ids) await deliverNotification({ db: t.db, id, deps: deps(), now: () => at });
    return ids;
  };
  /** Dispatch rounds at `at` until nothing more is due, delivering each; how many were sent. */
  const runDue = async (at: Date) => {
    let n = 0;
    for (let ids = await roundAt(at); ids.length > 0; ids = await roundAt(at)) n += ids.length;
    return n;
  };

  it("tells a channel of one incident's changes in order: a later one waits while an earlier one is sent", async () => {
    const at = new Date(t0 + 600 * MIN);
    const p2 = await declare("P2", at);
    const ack = { db: t.db, ctx: ctxOf(admin), input: { number: p2.number }, now: at };
    await acknowledgeIncident(ack);
    const rows = await rowsOf(p2.id);
    const idsOf = (event: string) =>
      rows
        .filter((r) => r.event === event)
        .map((r) => r.id)
        .sort();
    expect(idsOf("declared")).toHaveLength(2);
    // All four are due at once: a round queues, for each channel, only the earlier change.
    expect((await roundAt(at)).sort()).toEqual(idsOf("declared"));
    expect((await roundAt(at)).sort()).toEqual(idsOf("acknowledged"));
    expect(await roundAt(at)).toEqual([]);
  });

  it("routes by severity: P1 pages the on-call channel, quiet channels post quietly, P3 never pages", async () => {
    const p1 = await declare("P1");
    const p1Rows = await rowsOf(p1.id);
    expect(p1Rows.map((r) => [r.channel.name, r.event, r.status, r.quiet])).toEqual([
      ["#oncall", "declared", "QUEUED", false],
      ["#ops", "declared", "QUEUED", true],
    ]);
    const p3 = await declare("P3");
    expect((await rowsOf(p3.id)).map((r) => [r.channel.name, r.quiet])).toEqual([
      ["#ops", true],
      ["ops-hook", true],
    ]);
    // Nothing was sent by the clicks themselves: the rows wait for a worker.
    expect(slack.calls).toHaveLength(0);
    expect(hook.calls).toHaveLength(0);

    expect(await runDue(new Date())).toBe(4);
    const texts = slack.messages.map((m) => m.text);
    expect(texts).toContainEqual(
      expect.stringMatching(new RegExp(`^<!here> \\[P1\\] #${p1.number} Checkout P1: Declared P1`)),
    );
    expect(texts.filter((x) => x.startsWith("<!here>"))).toHaveLength(1);
    expect(hook.messages[0]?.body).toMatchObject({ type: "incident.declared", page: false });
    expect(await timeline(p1.id)).toEqual(["Slack #oncall: sent (declared)", "Slack #ops: sent (declared)"]);
  });

  it("notifies acknowledgements, status updates with the runbook's fields, severity changes and resolution", async () => {
    const i = await declare("P2");
    const ctx = ctxOf(admin);
    await acknowledgeIncident({ db: t.db, ctx, input: { number: i.number } });
    const next = new Date(Date.now() + 30 * MIN);
    await postIncidentUpdate({
      db: t.db,
      ctx,
      input: {
        number: i.number,
        status: "IDENTIFIED",
        impact: "Checkout fails",
        nextUpdateAt: next.toISOString(),
        message: "Bad deploy",
      },
    });
    await updateIncident({ db: t.db, ctx, input: { number: i.number, severity: "P1" } });
    await resolveIncident({ db: t.db, ctx, input: { number: i.number, message: "Rolled back" } });
    const rows = await rowsOf(i.id);
    expect(rows.map((r) => `${r.event} → ${r.channel.name}${r.quiet ? " (quiet)" : ""}`)).toEqual([
      "declared → #ops (quiet)",
      "declared → ops-hook (quiet)",
      "acknowledged → #ops (quiet)",
      "acknowledged → ops-hook (quiet)",
      "update → #ops (quiet)",
      "update → ops-hook (quiet)",
      // Raised to P1: now routed to the on-call channel, paging.
      "severity → #oncall",
      "severity → #ops (quiet)",
      "resolved → #oncall",
      "resolved → #ops (quiet)",
    ]);
    expect(rows[4]?.payload).toMatchObject({
      headline: "Status update: identified",
      text: "Bad deploy",
      fields: [
        { label: "Impact", value: "Checkout fails" },
        { label: "Next update", value: expect.stringMatching(/UTC$/) },
      ],
    });
    expect(rows[6]?.payload).toMatchObject({ headline: expect.stringMatching(/^Severity P2 → P1/), severity: "P1" });
  });

  it("writes the rows in the incident's transaction: a refused change queues nothing", async () => {
    const i = await declare("P1");
    const before = await t.db.notification.count();
    await resolveIncident({ db: t.db, ctx: ctxOf(admin), input: { number: i.number } });
    await expect(resolveIncident({ db: t.db, ctx: ctxOf(admin), input: { number: i.number } })).rejects.toThrow();
    expect(await t.db.notification.count()).toBe(before + 2);
    // A failure after the rows were written rolls them back with the incident.
    await expect(
      t.db.$transaction(async (tx) => {
        const { enqueueNotifications } = await import("./enqueue.ts");
        await enqueueNotifications(tx, { incidentId: i.id, event: "update", headline: "never" }, new Date());
        throw new Error("the incident change failed");
      }),
    ).rejects.toThrow("the incident change failed");
    expect(await t.db.notification.count()).toBe(before + 2);
  });

  it("sends a flapping check's changes at most once per incident per 10 minutes", async () => {
    const service = await t.db.service.create({ data: { slug: "flappy", name: "Flappy", autoIncidentSeverity: "P1" } });
    const check = await t.db.check.create({
      data: { serviceId: service.id, name: "flappy-http", kind: "HTTP", config: {} },
    });
    const flip = (to: string, m: number) =>
      applyCheckChangesToIncidents({
        db: t.db,
        ctx: systemCtx("worker"),
        input: {
          changes: [
            {
              checkId: check.id,
              from: to === "DOWN" ? "UP" : "DOWN",
              to,
              atMs: t0 + m * MIN,
              message: null,
              duringMaintenance: false,
            },
          ],
        },
        now: new Date(t0 + m * MIN),
      });
    for (const m of [0, 1, 2, 3, 4, 9]) await flip(m % 2 ? "UP" : "DOWN", m);
    await flip("UP", 11);
    await flip("DOWN", 12);
    const incident = await t.db.incident.findFirstOrThrow({ where: { autoServiceId: service.id } });
    const oncall = (await rowsOf(incident.id)).filter((r) => r.channel.name === "#oncall");
    expect(oncall.map((r) => [r.event, r.status, (r.createdAt.getTime() - t0) / MIN])).toEqual([
      ["auto_opened", "QUEUED", 0],
      ["check_state", "SUPPRESSED", 1],
      ["check_state", "SUPPRESSED", 2],
      ["check_state", "SUPPRESSED", 3],
      ["check_state", "SUPPRESSED", 4],
      ["check_state", "SUPPRESSED", 9],
      ["check_state", "QUEUED", 11],
      ["check_state", "SUPPRESSED", 12],
    ]);
    // The dispatcher never sends a suppressed row.
    await t.db.notification.updateMany({ where: { incidentId: { not: incident.id } }, data: { status: "SENT" } });
    expect(await runDue(new Date(t0 + 20 * MIN))).toBe(4);
  });

  it("retries with backoff, records each attempt on the timeline and succeeds on the third", async () => {
    const i = await declare("P3");
    await t.db.notification.deleteMany({ where: { incidentId: i.id, channelId: { not: channels.hook } } });
    const start = new Date();
    hook.failNext(2, 500);
    expect(await runDue(start)).toBe(1);
    const row = () => t.db.notification.findFirstOrThrow({ where: { incidentId: i.id } });
    expect(await row()).toMatchObject({
      status: "QUEUED",
      attempts: 1,
      jobId: null,
      lastError: expect.stringMatching(/^500 Internal Server Error/),
    });
    expect((await row()).nextAttemptAt.getTime() - start.getTime()).toBe(30_000);
    expect(await runDue(new Date(start.getTime() + 29_000))).toBe(0);
    expect(await runDue(new Date(start.getTime() + 30_000))).toBe(1);
    expect((await row()).nextAttemptAt.getTime() - start.getTime()).toBe(30_000 + 120_000);
    expect(await runDue(new Date(start.getTime() + 150_000))).toBe(1);
    expect(await row()).toMatchObject({ status: "SENT", attempts: 3, lastError: null });
    expect(await timeline(i.id)).toEqual([
      'Webhook ops-hook: attempt 1 of 5 failed (declared): 500 Internal Server Error: {"error":"receiver failed"}; retrying in 30 s',
      'Webhook ops-hook: attempt 2 of 5 failed (declared): 500 Internal Server Error: {"error":"receiver failed"}; retrying in 2 min',
      "Webhook ops-hook: sent (declared) on attempt 3",
    ]);
    expect(hook.messages).toHaveLength(1);
  });

  it("fails for good after 5 attempts, and at once on a 4xx other than 429", async () => {
    const i = await declare("P3");
    await t.db.notification.deleteMany({ where: { incidentId: i.id, channelId: { not: channels.hook } } });
    hook.failNext(5, 503);
    let at = Date.now();
    for (const wait of [0, 30_000, 120_000, 600_000, 1_800_000]) {
      at += wait;
      expect(await runDue(new Date(at))).toBe(1);
    }
    expect(await runDue(new Date(at + 86_400_000))).toBe(0);
    const entries = await timeline(i.id);
    expect(entries).toHaveLength(5);
    expect(entries[4]).toBe(
      'Webhook ops-hook: failed after 5 attempts (declared): 503 Service Unavailable: {"error":"receiver failed"}',
    );
    const [n] = await listIncidentNotifications({ db: t.db, ctx: ctxOf(admin), input: { number: i.number } });
    expect(n).toMatchObject({ status: "FAILED", attempts: 5, channel: { name: "ops-hook" } });

    const j = await declare("P1");
    await t.db.notification.deleteMany({ where: { incidentId: j.id, channelId: { not: channels.oncall } } });
    slack.failNext(1, 404);
    expect(await runDue(new Date())).toBe(1);
    expect(await timeline(j.id)).toEqual([
      "Slack #oncall: failed (declared), not retried: 404 Not Found: internal_error",
    ]);
  });

  it("manages channels as admins only, keeps secrets write-only and out of the audit log", async () => {
    const viewer = await makeUser(t.db, { role: "RESPONDER" });
    await expect(
      createChannel({
        db: t.db,
        ctx: ctxOf(viewer),
        key,
        input: { name: "x", kind: "SLACK", webhookUrl: "https://hooks.slack.com/services/a" },
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listChannels({ db: t.db, ctx: ctxOf(viewer), input: {} })).rejects.toBeInstanceOf(ForbiddenError);
    const ctx = ctxOf(admin);
    const c = await createChannel({
      db: t.db,
      ctx,
      key,
      input: {
        name: "mail",
        kind: "EMAIL",
        config: { host: "127.0.0.1", port: 2525, username: "ops", from: "ops@example.com", to: ["a@example.com"] },
        password: "smtp-secret-pass",
      },
    });
    expect(c).toMatchObject({
      hasSecret: true,
      enabled: true,
      severities: ["P0", "P1", "P2", "P3"],
      config: { secure: false },
    });
    const edited = await updateChannel({
      db: t.db,
      ctx,
      key,
      input: { id: c.id, quiet: true, password: "smtp-secret-2" },
    });
    expect(edited.quiet).toBe(true);
    await expect(
      updateChannel({ db: t.db, ctx, key, input: { id: c.id, webhookUrl: "https://example.com/x" } }),
    ).rejects.toMatchObject({
      fieldErrors: { webhookUrl: [expect.any(String)] },
    });
    await expect(
      updateChannel({ db: t.db, ctx, key, input: { id: c.id, config: { host: "" } } }),
    ).rejects.toMatchObject({
      fieldErrors: { "config.host": expect.any(Array) },
    });
    expect(JSON.stringify(await listChannels({ db: t.db, ctx, input: {} }))).not.toMatch(/smtp-secret|hooks|whsec/);
    await deleteChannel({ db: t.db, ctx, input: { id: c.id } });
    expect(await t.db.secret.count({ where: { name: `notification.${c.id}` } })).toBe(0);
    const actions = (await t.db.auditLog.findMany({ where: { targetId: c.id }, orderBy: { createdAt: "asc" } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual([
      "notification_channel.create",
      "notification_channel.update",
      "notification_channel.delete",
    ]);
    await expectAuditClean(t.db, ["smtp-secret-pass", "smtp-secret-2", SECRET, slack.url]);
  });

  it("sends a test message at once and says how it went", async () => {
    const ctx = ctxOf(admin);
    const ok = await sendTestNotification({ db: t.db, ctx, key, input: { id: channels.oncall as string } });
    expect(ok).toMatchObject({ ok: true, detail: "sent" });
    expect(slack.messages[0]?.text).not.toMatch(/<!here>|<!channel>/);
    expect(slack.messages[0]?.text).toContain("[Test]");
    slack.failNext(1, 500);
    const failed = await sendTestNotification({ db: t.db, ctx, key, input: { id: channels.oncall as string } });
    expect(failed).toMatchObject({ ok: false, detail: "500 Internal Server Error: internal_error" });
    expect(await t.db.auditLog.count({ where: { action: "notification_channel.test" } })).toBe(2);
  });
});
