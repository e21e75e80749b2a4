import { declareIncident } from "@opsdeck/core/incident/declare";
import { createChannel } from "@opsdeck/core/notification/channel-write";
import { dispatchDueNotifications } from "@opsdeck/core/notification/dispatch";
import { reapLostNotifications } from "@opsdeck/core/notification/reap";
import { generateKey, parseKey } from "@opsdeck/core/secrets/crypto";
import { ctxOf, makeUser, type TestUser } from "@opsdeck/core/testing";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { startSlackServer } from "@opsdeck/integrations/testing/index";
import { PgBoss } from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NOTIFY_QUEUE, sendAttempt, startNotifications } from "./notifications.ts";

const DELAYS = [300, 300, 300, 300];

/** Notifications whose pg-boss job was dropped, against a real pg-boss in this process. */
describe("worker: notification reaper", () => {
  let t: TestDb;
  let boss: PgBoss;
  let admin: TestUser;
  const key = parseKey(generateKey());
  beforeAll(async () => {
    t = await createTestDb();
    boss = new PgBoss({ connectionString: t.url, schema: "pgboss", max: 3 });
    boss.on("error", () => {});
    await boss.start();
    await boss.createQueue(NOTIFY_QUEUE);
    admin = await makeUser(t.db, { role: "ADMIN", name: "Grace" });
    await t.db.service.create({ data: { slug: "shop", name: "Shop" } });
  });
  afterAll(async () => {
    await boss?.stop({ graceful: true, timeout: 10_000 });
    await t?.drop();
  });

  /** Declare a P1 and hand its one notification to pg-boss: the row and its job's id. */
  async function queued(title: string, send = sendAttempt(boss)) {
    const incident = await declareIncident({
      db: t.db,
      ctx: ctxOf(admin),
      input: { title, severity: "P1", services: ["shop"] },
    });
    await dispatchDueNotifications(t.db, send);
    const row = await t.db.notification.findFirstOrThrow({ where: { incidentId: incident.id } });
    if (!row.jobId) throw new Error("not dispatched");
    return { id: row.id, jobId: row.jobId, incidentId: incident.id };
  }
  const state = async (jobId: string) => (await boss.getJobById(NOTIFY_QUEUE, jobId))?.state ?? "gone";
  const row = (id: string) => t.db.notification.findUniqueOrThrow({ where: { id } });
  const timeline = async (incidentId: string) =>
    (
      await t.db.incidentEvent.findMany({
        where: { incidentId, kind: "notification" },
        orderBy: [{ at: "asc" }, { createdAt: "asc" }],
      })
    ).map((e) => e.message);
  const reap = (lostAfterMs = 0) =>
    reapLostNotifications(t.db, { queue: NOTIFY_QUEUE, retryDelaysMs: DELAYS, lostAfterMs });

  it("re-queues attempts whose job failed, vanished or ended without an outcome, fails one out of attempts, and leaves live jobs alone", async () => {
    const slack = await startSlackServer();
    try {
      await createChannel({
        db: t.db,
        ctx: ctxOf(admin),
        key,
        input: { name: "#oncall", kind: "SLACK", webhookUrl: `${slack.url}/services/T1/B1/x` },
      });
      const running = await queued("Running");
      const fetched = await boss.fetch(NOTIFY_QUEUE);
      expect(fetched.map((j) => j.id)).toEqual([running.jobId]);
      const waiting = await queued("Waiting");
      // pg-boss gives up on a job without retries at its first failure.
      const noRetry = (id: string, executor: Parameters<ReturnType<typeof sendAttempt>>[1]) =>
        boss.send(NOTIFY_QUEUE, { notificationId: id }, { db: executor, retryLimit: 0 });
      const failed = await queued("Failed", noRetry);
      await boss.fail(NOTIFY_QUEUE, failed.jobId);
      const vanished = await queued("Vanished");
      await boss.deleteJob(NOTIFY_QUEUE, vanished.jobId);
      const last = await queued("Last attempt", noRetry);
      await boss.fail(NOTIFY_QUEUE, last.jobId);
      await t.db.notification.update({ where: { id: last.id }, data: { attempts: 4 } });
      expect(await Promise.all([waiting, running, failed, vanished].map((n) => state(n.jobId)))).toEqual([
        "created",
        "active",
        "failed",
        "gone",
      ]);

      // Within the bound nothing is touched; past it, only the dropped jobs are.
      expect(await reap(60_000)).toEqual({ requeued: 0, failed: 0 });
      expect(await reap()).toEqual({ requeued: 2, failed: 1 });
      expect(await reap()).toEqual({ requeued: 0, failed: 0 });
      expect(await row(waiting.id)).toMatchObject({ status: "QUEUED", jobId: waiting.jobId, attempts: 0 });
      expect(await row(running.id)).toMatchObject({ status: "QUEUED", jobId: running.jobId, attempts: 0 });
      expect(await row(failed.id)).toMatchObject({
        status: "QUEUED",
        jobId: null,
        attempts: 1,
        lastError: "the job queue dropped the attempt (its job failed)",
      });
      expect(await timeline(failed.incidentId)).toEqual([
        "Slack #oncall: attempt 1 of 5 failed (declared): the job queue dropped the attempt (its job failed); retrying in 0.3 s",
      ]);
      expect(await timeline(vanished.incidentId)).toEqual([
        "Slack #oncall: attempt 1 of 5 failed (declared): the job queue dropped the attempt (its job vanished); retrying in 0.3 s",
      ]);
      expect(await row(last.id)).toMatchObject({ status: "FAILED", jobId: null, attempts: 5 });
      expect(await timeline(last.incidentId)).toEqual([
        "Slack #oncall: failed after 5 attempts (declared): the job queue dropped the attempt (its job failed)",
      ]);

      // A job completed without recording anything (its handler lost) is dropped too.
      await boss.complete(NOTIFY_QUEUE, running.jobId);
      expect(await reap()).toEqual({ requeued: 1, failed: 0 });
      expect((await row(running.id)).lastError).toBe(
        "the job queue dropped the attempt (its job ended without an outcome)",
      );

      // The dispatcher queues the dropped ones again and a worker sends everything still queued.
      const notifications = await startNotifications(t.db, boss, { secretKey: key, retryDelaysMs: DELAYS });
      try {
        const ids = [waiting, running, failed, vanished].map((n) => n.id);
        const deadline = Date.now() + 20_000;
        while ((await t.db.notification.count({ where: { id: { in: ids }, status: "SENT" } })) < ids.length) {
          if (Date.now() > deadline) throw new Error("the queued notifications were not all sent");
          await new Promise((r) => setTimeout(r, 100));
        }
      } finally {
        await notifications.stop();
        await boss.offWork(NOTIFY_QUEUE);
      }
      expect((await timeline(waiting.incidentId)).at(-1)).toBe("Slack #oncall: sent (declared)");
      for (const n of [running, failed, vanished])
        expect((await timeline(n.incidentId)).at(-1)).toBe("Slack #oncall: sent (declared) on attempt 2");
      expect(slack.messages.map((m) => /^<!here> \[P1\] #\d+ (\w+): Declared P1/.exec(m.text)?.[1]).sort()).toEqual([
        "Failed",
        "Running",
        "Vanished",
        "Waiting",
      ]);
      expect((await row(last.id)).status).toBe("FAILED");
    } finally {
      await slack.close();
    }
  }, 60_000);
});
