import { type Db, Prisma } from "@opsdeck/db";
import { RETRY_DELAYS_MS } from "./kinds.ts";
import { recordAttempt } from "./record.ts";

/** A queued notification whose job has held it this long without an outcome is checked against the queue. */
export const LOST_AFTER_MS = 2 * 60_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LIVE_STATES = ["created", "retry", "active"];
const GONE: Record<string, string> = {
  failed: "its job failed",
  cancelled: "its job was cancelled",
  completed: "its job ended without an outcome",
};

export type ReapOptions = {
  /** The pg-boss queue and schema the dispatcher sends to. */
  queue: string;
  schema?: string;
  retryDelaysMs?: readonly number[];
  lostAfterMs?: number;
  now?: Date;
};

/**
 * Find notifications that pg-boss will never attempt: QUEUED with a job id, unchanged for
 * `lostAfterMs`, and that job no longer waiting or running (pg-boss gave up, it expired or was
 * deleted). Each counts as a failed attempt: it is queued again after its backoff, or FAILED with
 * a timeline entry once attempts run out. Safe to run from several workers.
 */
export async function reapLostNotifications(db: Db, o: ReapOptions): Promise<{ requeued: number; failed: number }> {
  const schema = o.schema ?? "pgboss";
  if (!/^[a-z_][a-z0-9_]*$/i.test(schema)) throw new Error(`Not a schema name: ${schema}`);
  const now = o.now ?? new Date();
  const candidates = await db.notification.findMany({
    where: {
      status: "QUEUED",
      jobId: { not: null },
      updatedAt: { lt: new Date(now.getTime() - (o.lostAfterMs ?? LOST_AFTER_MS)) },
    },
    select: {
      id: true,
      jobId: true,
      event: true,
      incidentId: true,
      checklistRunId: true,
      alertRuleEventId: true,
      nextAttemptAt: true,
      channel: { select: { name: true, kind: true } },
    },
    orderBy: { updatedAt: "asc" },
    take: 100,
  });
  const counts = { requeued: 0, failed: 0 };
  for (const n of candidates) {
    const jobId = n.jobId as string;
    const status = await db.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Notification" WHERE id = ${n.id} AND "jobId" = ${jobId} FOR UPDATE SKIP LOCKED`;
      if (!row) return null;
      const [job] = UUID.test(jobId)
        ? await tx.$queryRaw<{ state: string }[]>`
            SELECT state::text AS state FROM ${Prisma.raw(`"${schema}".job`)}
            WHERE name = ${o.queue} AND id = ${jobId}::uuid`
        : [];
      if (job && LIVE_STATES.includes(job.state)) return null;
      const why = job ? (GONE[job.state] ?? `its job is ${job.state}`) : "its job vanished";
      const detail = `the job queue dropped the attempt (${why})`;
      return recordAttempt(
        tx,
        n,
        { ok: false, retryable: true, detail },
        now,
        o.retryDelaysMs ?? RETRY_DELAYS_MS,
        jobId,
      );
    });
    if (status === "QUEUED") counts.requeued++;
    else if (status === "FAILED") counts.failed++;
  }
  return counts;
}
