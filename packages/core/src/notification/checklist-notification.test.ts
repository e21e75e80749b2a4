import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import {
  type MessageReceiver,
  type SlackMessage,
  startSlackServer,
  startWebhookReceiver,
  type WebhookDelivery,
} from "@opsdeck/integrations/testing/index";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markMissedRuns } from "../checklist/due-runs.ts";
import { ForbiddenError, NotFoundError } from "../errors.ts";
import { generateKey, parseKey } from "../secrets/crypto.ts";
import { ctxOf, makeUser, type TestUser } from "../testing.ts";
import { getChannel } from "./channel-read.ts";
import { createChannel, updateChannel } from "./channel-write.ts";
import { deliverNotification } from "./deliver.ts";
import { dispatchDueNotifications } from "./dispatch.ts";
import { enqueueMissedRunNotifications } from "./enqueue-checklist.ts";
import { listRunNotifications } from "./list.ts";

const SECRET = "whsec_core_checklist_notification";
const DUE = new Date("2026-12-02T09:00:00.000Z");
const MISS_AFTER = new Date("2026-12-02T11:00:00.000Z");
const at = (min: number) => new Date(MISS_AFTER.getTime() + min * 60_000);

describe("missed checklist run notifications", () => {
  let t: TestDb;
  let admin: TestUser;
  let viewer: TestUser;
  let slack: MessageReceiver<SlackMessage>;
  let hook: MessageReceiver<WebhookDelivery>;
  const key = parseKey(generateKey());
  const channels = { runs: "", incidents: "", off: "", hook: "" };
  let n = 0;

  beforeAll(async () => {
    t = await createTestDb();
    admin = await makeUser(t.db, { role: "ADMIN", name: "Ada" });
    viewer = await makeUser(t.db, { role: "VIEWER" });
    slack = await startSlackServer();
    hook = await startWebhookReceiver({ secret: SECRET });
    const add = async (input: Parameters<typeof createChannel>[0]["input"]) =>
      (await createChannel({ db: t.db, ctx: ctxOf(admin), key, input })).id;
    channels.runs = await add({
      name: "#runs",
      kind: "SLACK",
      checklists: true,
      webhookUrl: `${slack.url}/services/T1/B1/runs`,
    });
    channels.incidents = await add({ name: "#incidents", kind: "SLACK", webhookUrl: `${slack.url}/services/T1/B1/i` });
    channels.off = await add({
      name: "off-hook",
      kind: "WEBHOOK",
      checklists: true,
      enabled: false,
      config: { url: hook.url },
      signingSecret: SECRET,
    });
    channels.hook = await add({
      name: "ops-hook",
      kind: "WEBHOOK",
      checklists: true,
      config: { url: hook.url },
      signingSecret: SECRET,
    });
  });
  afterAll(async () => {
    await Promise.all([slack?.close(), hook?.close()]);
    await t?.drop();
  });

  /** A daily run of a new checklist, due at 10:00 Berlin time, unsigned, 2 of 3 items answered. */
  async function overdueRun() {
    const slug = `backups-${++n}`;
    const template = await t.db.checklistTemplate.create({
      data: {
        slug,
        name: "Daily backups",
        cadence: "DAILY",
        timeZone: "Europe/Berlin",
        assigneeId: admin.id,
        items: { create: [{ position: 0, title: "Look" }] },
      },
    });
    const run = await t.db.checklistRun.create({
      data: {
        templateId: template.id,
        periodKey: "2026-12-02",
        startedAt: new Date("2026-12-01T23:00:00.000Z"),
        dueAt: DUE,
        missAfter: MISS_AFTER,
        results: {
          create: [
            { position: 0, title: "Look", outcome: "DONE" },
            { position: 1, title: "Restore one", outcome: "NA", remark: "weekend" },
            { position: 2, title: "Sign" },
          ],
        },
      },
    });
    return { slug, run };
  }
  const rowsOf = (runId: string) =>
    t.db.notification.findMany({
      where: { checklistRunId: runId },
      include: { channel: true },
      orderBy: { id: "asc" },
    });
  const deliverDue = async (now: Date) => {
    const ids: string[] = [];
    const send = async (id: string) => {
      ids.push(id);
      return `job-${id}-${now.getTime()}`;
    };
    await dispatchDueNotifications(t.db, send, now);
    for (const id of ids)
      await deliverNotification({
        db: t.db,
        id,
        deps: { secretKey: key, baseUrl: "http://opsdeck.test/", retryDelaysMs: [30_000] },
        now: () => now,
      });
    return ids.length;
  };

  it("queues one quiet notification per enabled channel that takes checklist runs, once", async () => {
    const { slug, run } = await overdueRun();
    expect(await markMissedRuns(t.db, at(-1))).toEqual([]);
    expect(await markMissedRuns(t.db, at(0))).toEqual([
      { id: run.id, slug, periodKey: "2026-12-02", notifications: 2 },
    ]);
    const rows = await rowsOf(run.id);
    expect(rows.map((r) => [r.channel.name, r.event, r.status, r.quiet, r.incidentId]).sort()).toEqual([
      ["#runs", "checklist.missed", "QUEUED", true, null],
      ["ops-hook", "checklist.missed", "QUEUED", true, null],
    ]);
    expect(rows[0]?.summary).toBe("[Checklist] Daily backups 2026-12-02: missed");
    expect(rows[0]?.payload).toEqual({
      about: "checklist",
      event: "missed",
      checklist: { slug, name: "Daily backups" },
      periodKey: "2026-12-02",
      assignee: "Ada",
      dueAt: DUE.toISOString(),
      due: "2026-12-02 10:00 GMT+1",
      headline: "Missed: not signed off in time",
      text: "Nobody signed it off by 2026-12-02 12:00 GMT+1; 2 of 3 items were answered.",
    });
    // Later passes mark nothing again, and a second enqueue of the same miss adds nothing.
    expect(await markMissedRuns(t.db, at(60))).toEqual([]);
    expect(await t.db.$transaction((tx) => enqueueMissedRunNotifications(tx, run.id, at(61)))).toBe(0);
    expect(await rowsOf(run.id)).toHaveLength(2);
  });

  it("queues nothing when no enabled channel takes checklist runs", async () => {
    await updateChannel({ db: t.db, ctx: ctxOf(admin), key, input: { id: channels.runs, enabled: false } });
    await updateChannel({ db: t.db, ctx: ctxOf(admin), key, input: { id: channels.hook, checklists: false } });
    try {
      await t.db.notification.deleteMany({});
      const { run } = await overdueRun();
      const [marked] = await markMissedRuns(t.db, at(0));
      expect(marked).toMatchObject({ id: run.id, notifications: 0 });
      expect(await t.db.notification.count()).toBe(0);
    } finally {
      await updateChannel({ db: t.db, ctx: ctxOf(admin), key, input: { id: channels.runs, enabled: true } });
      await updateChannel({ db: t.db, ctx: ctxOf(admin), key, input: { id: channels.hook, checklists: true } });
    }
  });

  it("sends the miss to Slack and the webhook with a link to the run, and shows each outcome on the run", async () => {
    await t.db.notification.deleteMany({});
    const { slug, run } = await overdueRun();
    await markMissedRuns(t.db, at(0));
    hook.failNext(1, 503);
    expect(await deliverDue(at(1))).toBe(2);
    const url = `http://opsdeck.test/checklists/${slug}/runs/2026-12-02`;
    expect(slack.messages.at(-1)?.text).toBe("[Checklist] Daily backups 2026-12-02: Missed: not signed off in time");
    expect(JSON.stringify(slack.messages.at(-1)?.blocks)).toContain(`"url":"${url}"`);
    const shown = await listRunNotifications({
      db: t.db,
      ctx: ctxOf(viewer),
      input: { slug, periodKey: "2026-12-02" },
    });
    expect(shown.map((s) => [s.channel.name, s.status, s.attempts, s.lastError, s.nextAttemptAt])).toEqual([
      ["#runs", "SENT", 1, null, null],
      ["ops-hook", "QUEUED", 1, expect.stringMatching(/^503 Service Unavailable/), at(1.5).toISOString()],
    ]);
    // Retries come round at their time; the second attempt is the last one and is refused for good.
    hook.failNext(1, 503);
    expect(await deliverDue(at(1.4))).toBe(0);
    expect(await deliverDue(at(1.5))).toBe(1);
    const [, failed] = await listRunNotifications({ db: t.db, ctx: ctxOf(viewer), input: { slug, runId: run.id } });
    expect(failed).toMatchObject({ status: "FAILED", attempts: 2, lastError: expect.stringMatching(/^503 /) });
    expect(await t.db.incidentEvent.count()).toBe(0);
    // The run has no timeline: its page hears of each outcome.
    const heard = await t.db.liveEvent.findMany({ where: { kind: "checklist.notification" } });
    expect(heard.map((e) => e.payload)).toEqual([
      { slug, runId: run.id },
      { slug, runId: run.id },
      { slug, runId: run.id },
    ]);
    await expect(
      listRunNotifications({ db: t.db, ctx: ctxOf(viewer), input: { slug, periodKey: "2026-12-03" } }),
    ).rejects.toThrow(NotFoundError);
  });

  it("delivers a checklist run's webhook as checklist.missed", async () => {
    await t.db.notification.deleteMany({});
    hook.messages.length = 0;
    const { slug } = await overdueRun();
    await markMissedRuns(t.db, at(0));
    // The receiver checks the signature's time against its own clock.
    await deliverDue(new Date());
    expect(hook.messages.map((m) => [m.verified, m.body.type])).toEqual([[true, "checklist.missed"]]);
    expect(hook.messages[0]?.body).toMatchObject({
      page: false,
      checklist: { slug, name: "Daily backups" },
      run: { periodKey: "2026-12-02", assignee: "Ada", dueAt: DUE.toISOString() },
    });
  });

  it("keeps a notification about exactly one thing, and drops it with its run", async () => {
    const { run } = await overdueRun();
    const insert = (incidentId: string | null, runId: string | null) =>
      t.db
        .$executeRaw`INSERT INTO "Notification" (id, "channelId", "incidentId", "checklistRunId", event, quiet, payload, summary, "updatedAt")
        VALUES (${`n-${Math.random()}`}, ${channels.runs}, ${incidentId}, ${runId}, 'x', true, '{}', 'x', now())`;
    await expect(insert(null, null)).rejects.toThrow(/Notification_subject_check/);
    await insert(null, run.id);
    await t.db.checklistRun.delete({ where: { id: run.id } });
    expect(await t.db.notification.count({ where: { checklistRunId: run.id } })).toBe(0);
  });

  it("lets admins choose which channels take checklist runs, audited", async () => {
    const ctx = ctxOf(admin);
    expect(await getChannel({ db: t.db, ctx, input: { id: channels.incidents } })).toMatchObject({ checklists: false });
    const c = await updateChannel({ db: t.db, ctx, key, input: { id: channels.incidents, checklists: true } });
    expect(c.checklists).toBe(true);
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { action: "notification_channel.update", targetId: channels.incidents },
      orderBy: { createdAt: "desc" },
    });
    expect(audit.before).toMatchObject({ checklists: false });
    expect(audit.after).toMatchObject({ checklists: true });
    await expect(
      updateChannel({ db: t.db, ctx: ctxOf(viewer), key, input: { id: channels.incidents, checklists: false } }),
    ).rejects.toThrow(ForbiddenError);
    await updateChannel({ db: t.db, ctx, key, input: { id: channels.incidents, checklists: false } });
  });
});
