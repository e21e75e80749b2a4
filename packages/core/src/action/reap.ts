import type { Db } from "@opsdeck/db";
import { systemCtx } from "../roles.ts";
import { recordRunChange } from "./internal.ts";
import { ACTION_LABEL } from "./kinds.ts";
import { noteOnIncident } from "./timeline.ts";

/** A running run whose worker has been silent this long is marked failed. */
export const STALE_AFTER_MS = 30_000;

/**
 * Close what nobody will finish: running runs whose worker stopped beating (killed, machine lost)
 * are marked failed, never retried blindly, since a half-done rollback or restore needs a person to
 * look; approval requests past their expiry are marked expired. Safe to run from several workers.
 */
export async function reapActionRuns(db: Db, now = new Date()): Promise<{ failed: number; expired: number }> {
  const ctx = systemCtx("worker");
  const stale = new Date(now.getTime() - STALE_AFTER_MS);
  let failed = 0;
  let expired = 0;
  const candidates = await db.actionRun.findMany({
    where: {
      OR: [
        { status: "RUNNING", heartbeatAt: { lt: stale } },
        { status: "AWAITING_APPROVAL", expiresAt: { lte: now } },
      ],
    },
    select: { id: true },
  });
  for (const { id } of candidates) {
    await db.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<
        { id: string }[]
      >`SELECT id FROM "ActionRun" WHERE id = ${id} FOR UPDATE SKIP LOCKED`;
      if (!row) return;
      const run = await tx.actionRun.findUniqueOrThrow({
        where: { id },
        select: {
          id: true,
          number: true,
          kind: true,
          status: true,
          heartbeatAt: true,
          expiresAt: true,
          incidentId: true,
          targetId: true,
        },
      });
      if (run.status === "RUNNING" && run.heartbeatAt && run.heartbeatAt < stale) {
        const error = `The worker running it stopped answering (last heard from at ${run.heartbeatAt.toISOString()}). It was not retried: check the target's state before running it again.`;
        await tx.actionRun.update({ where: { id }, data: { status: "FAILED", error, finishedAt: now } });
        await tx.actionRunLog.create({ data: { runId: id, line: `Failed: ${error}` } });
        await noteOnIncident(tx, ctx, run, `${ACTION_LABEL[run.kind]} #${run.number} failed: its worker stopped`, now);
        await recordRunChange(tx, ctx, run, {
          action: "action.finish",
          after: { status: "FAILED", error },
          live: "action.finished",
        });
        failed += 1;
      } else if (run.status === "AWAITING_APPROVAL" && run.expiresAt && run.expiresAt <= now) {
        await tx.actionRun.update({ where: { id }, data: { status: "EXPIRED", finishedAt: now } });
        await recordRunChange(tx, ctx, run, { action: "action.expire", after: { status: "EXPIRED" } });
        expired += 1;
      }
    });
  }
  return { failed, expired };
}
