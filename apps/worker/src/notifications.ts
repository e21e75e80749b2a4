import { deliverNotification } from "@opsdeck/core/notification/deliver";
import { dispatchDueNotifications } from "@opsdeck/core/notification/dispatch";
import type { Db } from "@opsdeck/db";
import type { PgBoss } from "pg-boss";
import { log } from "./log.ts";
import { startPeriodic } from "./periodic.ts";

export const NOTIFY_QUEUE = "notifications.send";

export type NotificationsOptions = {
  secretKey: Buffer;
  /** NEXTAUTH_URL: messages link the incident under it. */
  baseUrl?: string;
  retryDelaysMs?: readonly number[];
};

/**
 * Incident notifications on this worker: a dispatcher turns due notifications into pg-boss jobs
 * (once per attempt, whichever worker gets there first) and each job makes one attempt; a failed
 * attempt is queued again by the dispatcher when its backoff has passed.
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
    const n = await dispatchDueNotifications(db, (notificationId, executor) =>
      boss.send(NOTIFY_QUEUE, { notificationId }, { db: executor, retryLimit: 3, retryDelay: 5, expireInSeconds: 120 }),
    );
    if (n) log("info", "queued notifications", { n });
  });
  return { stop: () => dispatcher.stop() };
}
