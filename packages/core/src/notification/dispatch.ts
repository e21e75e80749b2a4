import type { Db } from "@opsdeck/db";
import { type SqlExecutor, txExecutor } from "../action/dispatch.ts";

/**
 * Hand due notifications to the job queue: each QUEUED row whose next attempt is due and that has
 * no job yet gets one, in the transaction that records the job's id, so an attempt is queued once
 * however many workers dispatch. A failed attempt clears the id and sets the next attempt's time.
 */
export async function dispatchDueNotifications(
  db: Db,
  send: (notificationId: string, executor: SqlExecutor) => Promise<string | null>,
  now: Date = new Date(),
  limit = 50,
): Promise<number> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Notification" WHERE status = 'QUEUED' AND "jobId" IS NULL AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
    const executor = txExecutor(tx);
    for (const { id } of rows) {
      const jobId = await send(id, executor);
      if (!jobId) throw new Error(`The job queue did not accept notification ${id}`);
      await tx.notification.update({ where: { id }, data: { jobId } });
    }
    return rows.length;
  });
}
