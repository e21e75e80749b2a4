import type { Db } from "@opsdeck/db";
import { type SqlExecutor, txExecutor } from "../action/dispatch.ts";

/**
 * Hand due notifications to the job queue: each QUEUED row whose next attempt is due and that has
 * no job yet gets one, in the transaction that records the job's id, so an attempt is queued once
 * however many workers dispatch. A failed attempt clears the id and sets the next attempt's time.
 * Notifications of one incident to one channel go out one after another, in the order they were made.
 */
export async function dispatchDueNotifications(
  db: Db,
  send: (notificationId: string, executor: SqlExecutor) => Promise<string | null>,
  now: Date = new Date(),
  limit = 50,
): Promise<number> {
  return db.$transaction(async (tx) => {
    // A channel hears of an incident in order: a row waits while an earlier one for the same channel
    // and incident is being sent or due now (not while that one waits out a retry's backoff).
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT n.id FROM "Notification" n
      WHERE n.status = 'QUEUED' AND n."jobId" IS NULL AND n."nextAttemptAt" <= ${now}
        AND NOT EXISTS (
          SELECT 1 FROM "Notification" e
          WHERE e."channelId" = n."channelId" AND e."incidentId" = n."incidentId" AND e.status = 'QUEUED'
            AND (e."createdAt", e.id) < (n."createdAt", n.id)
            AND (e."jobId" IS NOT NULL OR e."nextAttemptAt" <= ${now}))
      ORDER BY n."nextAttemptAt", n."createdAt", n.id LIMIT ${limit} FOR UPDATE OF n SKIP LOCKED`;
    const executor = txExecutor(tx);
    for (const { id } of rows) {
      const jobId = await send(id, executor);
      if (!jobId) throw new Error(`The job queue did not accept notification ${id}`);
      await tx.notification.update({ where: { id }, data: { jobId } });
    }
    return rows.length;
  });
}
