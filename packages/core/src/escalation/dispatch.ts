import type { Db } from "@opsdeck/db";
import { type SqlExecutor, txExecutor } from "../action/dispatch.ts";
import type { StepRef } from "./claim.ts";

/**
 * A step still unclaimed this long after both its due time and its queueing is queued again: its job
 * died with a worker (killed before its claim committed) or waits behind others. Long enough that a
 * backlog is not fed with duplicates; a step being claimed is locked, so it is skipped; a duplicate
 * job finds the step claimed and sends nothing.
 */
export const LOST_STEP_MS = 30_000;

/**
 * Hand escalations' next steps to the job queue: each running escalation without a job gets one that
 * starts at its due time, in the transaction that records the job's id, so a step is queued once
 * however many workers dispatch, and one opened by a transaction that committed before a crash is
 * still queued. A step whose job is overdue is queued again; the claim keeps it sent once.
 */
export async function dispatchEscalations(
  db: Db,
  send: (ref: StepRef, startAfter: Date, executor: SqlExecutor) => Promise<string | null>,
  now: Date = new Date(),
  limit = 20,
): Promise<number> {
  return db.$transaction(async (tx) => {
    const lost = new Date(now.getTime() - LOST_STEP_MS);
    const rows = await tx.$queryRaw<{ id: string; round: number; step: number; dueAt: Date }[]>`
      SELECT id, round, step, "dueAt" FROM "IncidentEscalation"
      WHERE "stoppedAt" IS NULL AND "unansweredAt" IS NULL
        AND ("jobId" IS NULL OR ("dueAt" < ${lost} AND ("queuedAt" IS NULL OR "queuedAt" < ${lost})))
      ORDER BY "dueAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
    const executor = txExecutor(tx);
    for (const r of rows) {
      const jobId = await send({ escalationId: r.id, round: r.round, step: r.step }, r.dueAt, executor);
      if (!jobId) throw new Error(`The job queue did not accept escalation ${r.id}`);
      await tx.incidentEscalation.update({ where: { id: r.id }, data: { jobId, queuedAt: now } });
    }
    return rows.length;
  });
}
