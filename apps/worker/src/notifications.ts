import type { SqlExecutor } from "@opsdeck/core/action/dispatch";
import { deliverNotification } from "@opsdeck/core/notification/deliver";
import { dispatchDueNotifications } from "@opsdeck/core/notification/dispatch";
import { reapLostNotifications } from "@opsdeck/core/notification/reap";
import type { Db } from "@opsdeck/db";
import type { PgBoss } from "pg-boss";
import { log } from "./log.ts";
import { startPeriodic } from "./periodic.ts";

export const NOTIFY_QUEUE = "notifications.send";

export type NotificationsOptions = {
  secretKey: Buffer;
  /** NEXTAUTH_URL: messages link the incident or checklist run under it. */
  baseUrl?: string;
  retryDelaysMs?: readonly number[];
  /** How long a job may hold a notification before the reaper asks pg-boss about it (tests shorten it). */
  lostAfterMs?: number;
  reapEverySeconds?: number;
};

/** One attempt as a pg-boss job, created in the dispatcher's transaction. */
export const sendAttempt = (boss: PgBoss) => (notificationId: string, executor: SqlExecutor) =>
  boss.send(NOTIFY_QUEUE, { notificationId }, { db: executor, retryLimit: 3, retryDelay: 5, expireInSeconds: 120 });

/**
 * Notifications on this worker: a dispatcher turns due notifications into pg-boss jobs (once per
 * attempt, whichever worker gets there first) and each job makes one attempt; a failed attempt is
 * queued again by the dispatcher when its backoff has passed. A reaper counts an attempt whose job
 * pg-boss dropped (failed after its own retries, expired, deleted) as failed, so none waits forever.
 */
export async function startNotifications(db: Db, boss: PgBoss, o: NotificationsOptions) {
  await boss.createQueue(NOTIFY_QUEUE);
  await boss.work<{ notificationId: string }>(
    NOTIFY_QUEUE,
    { localConcurrency: 4, pollingIntervalSeconds: 0.5 },
    async ([job]) => {
      if (!job) return;
      const status = await deliverNotification({
        db,
        id: job.data.notificationId,
        deps: { secretKey: o.secretKey, baseUrl: o.baseUrl, retryDelaysMs: o.retryDelaysMs },
      });
      if (status) log("info", "notification attempt", { id: job.data.notificationId, status });
    },
  );
  const dispatcher = startPeriodic("notification dispatch", 0.5, async () => {
    const n = await dispatchDueNotifications(db, sendAttempt(boss));
    if (n) log("info", "queued notifications", { n });
  });
  const reaper = startPeriodic("notification reaper", o.reapEverySeconds ?? 30, async () => {
    const r = await reapLostNotifications(db, {
      queue: NOTIFY_QUEUE,
      retryDelaysMs: o.retryDelaysMs,
      lostAfterMs: o.lostAfterMs,
    });
    if (r.requeued || r.failed) log("warn", "notifications whose job the queue dropped", r);
  });
  return { stop: () => Promise.all([dispatcher.stop(), reaper.stop()]).then(() => undefined) };
}
