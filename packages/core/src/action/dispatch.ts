import type { Db, Prisma } from "@opsdeck/db";

/** Executes SQL inside the caller's transaction: what pg-boss's `send(…, { db })` takes. */
export type SqlExecutor = { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };

/** Run pg-boss's SQL in an interactive transaction, so a job is created exactly when the transaction commits. */
export const txExecutor = (tx: Prisma.TransactionClient): SqlExecutor => ({
  executeSql: async (text, values = []) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }),
});

/**
 * Hand queued runs to the job queue: each run that has no job yet gets one, in the transaction that
 * records the job's id, so a run is queued exactly once however many workers dispatch. Requests
 * only write rows; this is the outbox that turns them into jobs. Returns how many were queued.
 */
export async function dispatchQueuedRuns(
  db: Db,
  send: (runId: string, executor: SqlExecutor) => Promise<string | null>,
  limit = 20,
): Promise<number> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "ActionRun" WHERE status = 'QUEUED' AND "jobId" IS NULL ORDER BY number LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
    const executor = txExecutor(tx);
    for (const { id } of rows) {
      const jobId = await send(id, executor);
      if (!jobId) throw new Error(`The job queue did not accept run ${id}`);
      await tx.actionRun.update({ where: { id }, data: { jobId } });
    }
    return rows.length;
  });
}
