import { declareIncident } from "@opsdeck/core/incident/declare";
import { postIncidentUpdate } from "@opsdeck/core/incident/post-update";
import { createChannel } from "@opsdeck/core/notification/channel-write";
import { listRunNotifications } from "@opsdeck/core/notification/list";
import { generateKey, parseKey } from "@opsdeck/core/secrets/crypto";
import { ctxOf, makeUser } from "@opsdeck/core/testing";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { startSlackServer, startWebhookReceiver } from "@opsdeck/integrations/testing/index";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startWorker, stopWorkers, until } from "./worker-process.testing.ts";

afterEach(stopWorkers, 30_000);

/** Incident notifications sent by a real worker process through pg-boss. */
describe("worker: incident notifications", () => {
  let t: TestDb;
  const keyText = generateKey();
  const key = parseKey(keyText);
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t?.drop());

  it("delivers to Slack and retries a webhook that fails twice, each attempt on the timeline", async () => {
    const slack = await startSlackServer();
    const hook = await startWebhookReceiver({ secret: "whsec_worker_notify_test" });
    try {
      const admin = await makeUser(t.db, { role: "ADMIN", name: "Grace" });
      const ctx = ctxOf(admin);
      await t.db.service.create({ data: { slug: "shop", name: "Shop" } });
      await createChannel({
        db: t.db,
        ctx,
        key,
        input: { name: "#oncall", kind: "SLACK", webhookUrl: `${slack.url}/services/T1/B1/x` },
      });
      await createChannel({
        db: t.db,
        ctx,
        key,
        input: {
          name: "ops-hook",
          kind: "WEBHOOK",
          config: { url: hook.url },
          signingSecret: "whsec_worker_notify_test",
        },
      });
      hook.failNext(2, 502);
      const w = startWorker({
        DATABASE_URL: t.url,
        WORKER_ID: "notify-a",
        WORKER_HEARTBEAT_SECONDS: "1",
        OPSDECK_SECRET_KEY: keyText,
        NEXTAUTH_URL: "http://opsdeck.test",
        WORKER_NOTIFY_RETRY_SECONDS: "0.5,1,1,1",
      });
      const incident = await declareIncident({
        db: t.db,
        ctx,
        input: { title: "Checkout down", severity: "P1", services: ["shop"] },
      });
      const allSent = async () =>
        (await t.db.notification.count({ where: { incidentId: incident.id, status: { not: "SENT" } } })) === 0;
      await until("the declaration to be sent everywhere", allSent, w, 60_000);
      await postIncidentUpdate({
        db: t.db,
        ctx,
        input: { number: incident.number, status: "IDENTIFIED", impact: "No orders", message: "Bad deploy" },
      });
      const entries = await until(
        "every notification to be sent",
        async () => {
          if (!(await allSent())) return null;
          return t.db.incidentEvent.findMany({
            where: { incidentId: incident.id, kind: "notification" },
            orderBy: [{ at: "asc" }, { createdAt: "asc" }],
          });
        },
        w,
        60_000,
      );
      const messages = entries.map((e) => e.message);
      expect(messages.filter((m) => m.startsWith("Slack #oncall: sent"))).toHaveLength(2);
      expect(
        messages.filter((m) => /^Webhook ops-hook: attempt \d of 5 failed .*502 Bad Gateway/.test(m)),
      ).toHaveLength(2);
      expect(messages.filter((m) => m.startsWith("Webhook ops-hook: sent"))).toHaveLength(2);
      expect(messages).toContain("Webhook ops-hook: sent (declared) on attempt 3");
      expect(messages).toContain("Webhook ops-hook: sent (status update)");
      expect(slack.messages.map((m) => m.text)).toEqual([
        expect.stringMatching(/^<!here> \[P1\] #\d+ Checkout down: Declared P1/),
        expect.stringMatching(/^<!here> \[P1\] #\d+ Checkout down: Status update: identified/),
      ]);
      const button = JSON.stringify(slack.messages[0]?.blocks);
      expect(button).toContain(`"url":"http://opsdeck.test/incidents/${incident.number}"`);
      expect(hook.messages.map((m) => [m.verified, m.body.type])).toEqual([
        [true, "incident.declared"],
        [true, "incident.update"],
      ]);
    } finally {
      await Promise.all([slack.close(), hook.close()]);
    }
  }, 90_000);

  it("sends a missed checklist run once, to the channels that take checklist runs", async () => {
    const slack = await startSlackServer();
    try {
      const admin = await makeUser(t.db, { role: "ADMIN", name: "Ada" });
      const ctx = ctxOf(admin);
      const add = (name: string, checklists: boolean) =>
        createChannel({
          db: t.db,
          ctx,
          key,
          input: { name, kind: "SLACK", checklists, webhookUrl: `${slack.url}/services/T1/B1/${name.slice(1)}` },
        });
      await add("#runs", true);
      await add("#pager", false);
      const template = await t.db.checklistTemplate.create({
        data: {
          slug: "backups",
          name: "Daily backups",
          cadence: "DAILY",
          assigneeId: admin.id,
        },
      });
      // Yesterday's run, past its grace. The template has no items (any more), so the worker opens
      // no run for today, which could be past its own due time already.
      const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      await t.db.checklistRun.create({
        data: {
          templateId: template.id,
          periodKey: yesterday,
          dueAt: new Date(Date.now() - 3_600_000),
          missAfter: new Date(Date.now() - 60_000),
          results: { create: [{ position: 0, title: "Look" }] },
        },
      });
      const w = startWorker({
        DATABASE_URL: t.url,
        WORKER_ID: "notify-checklists",
        WORKER_HEARTBEAT_SECONDS: "1",
        WORKER_CHECKLIST_SECONDS: "1",
        OPSDECK_SECRET_KEY: keyText,
        NEXTAUTH_URL: "http://opsdeck.test",
      });
      const run = { slug: "backups", periodKey: yesterday };
      await until(
        "the miss to be sent",
        async () => {
          const [n] = await listRunNotifications({ db: t.db, ctx, input: run });
          return n?.status === "SENT";
        },
        w,
        30_000,
      );
      // A few more passes of the worker: the miss is not sent again.
      await new Promise((r) => setTimeout(r, 3_000));
      expect(slack.messages.map((m) => [m.path, m.text])).toEqual([
        ["/services/T1/B1/runs", `[Checklist] Daily backups ${yesterday}: Missed: not signed off in time`],
      ]);
      const blocks = JSON.stringify(slack.messages[0]?.blocks);
      expect(blocks).toContain(`"url":"http://opsdeck.test/checklists/backups/runs/${yesterday}"`);
      expect(blocks).toContain("*Assigned to*\\nAda");
      expect(await listRunNotifications({ db: t.db, ctx, input: run })).toMatchObject([
        { channel: { name: "#runs" }, event: "checklist.missed", status: "SENT", attempts: 1 },
      ]);
    } finally {
      await slack.close();
    }
  }, 60_000);
});
