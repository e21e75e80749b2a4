import type { ActionStatus, Db, Prisma } from "@opsdeck/db";
import { type AnyCtx, systemCtx } from "../roles.ts";
import { dbRunIo } from "./db-run-io.ts";
import { EXECUTORS } from "./executors/index.ts";
import { recordRunChange } from "./internal.ts";
import { ACTION_LABEL } from "./kinds.ts";
import { type ActionDeps, TARGET_ROW_SELECT } from "./targets.ts";
import { noteOnIncident } from "./timeline.ts";

/** How often a running run's worker says it is alive (and hears a cancel request). */
export const HEARTBEAT_MS = 5_000;

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err)).slice(0, 4000);

/**
 * The worker's side of a run: claim it (a run that is no longer queued, e.g. cancelled, is left
 * alone), run its kind's executor with a RunIo that writes progress and log lines, keep a heartbeat
 * (a worker that dies is noticed by `reapActionRuns`), stop when a cancel is asked for, and record
 * the outcome with an audit row, a live event and a note on the linked incident. Returns the final
 * status, or null when the run was not claimed.
 */
export async function executeActionRun({
  db,
  runId,
  workerId,
  deps,
  stopping,
  clock = () => new Date(),
}: {
  db: Db;
  runId: string;
  workerId: string;
  deps: ActionDeps;
  /** Aborted when the worker shuts down: the run ends as failed, saying so. */
  stopping?: AbortSignal;
  clock?: () => Date;
}): Promise<ActionStatus | null> {
  const ctx: AnyCtx = systemCtx("worker");
  const claimed = await db.actionRun.updateMany({
    where: { id: runId, status: "QUEUED" },
    data: { status: "RUNNING", workerId, startedAt: clock(), heartbeatAt: clock() },
  });
  if (claimed.count === 0) return null;
  const run = await db.actionRun.findUniqueOrThrow({
    where: { id: runId },
    select: {
      id: true,
      number: true,
      kind: true,
      params: true,
      summary: true,
      incidentId: true,
      targetId: true,
      target: { select: TARGET_ROW_SELECT },
      requestedBy: { select: { email: true, name: true } },
    },
  });
  await db.$transaction(async (tx) => {
    await noteOnIncident(tx, ctx, run, `${ACTION_LABEL[run.kind]} #${run.number} started: ${run.summary}`, clock());
    await recordRunChange(tx, ctx, run, { action: "action.start", after: { status: "RUNNING", workerId } });
  });

  const controller = new AbortController();
  let why: "cancelled" | "stopping" | "lost" | null = null;
  const stopFor = (reason: typeof why) => {
    why ??= reason;
    controller.abort(new Error(reason ?? "aborted"));
  };
  const onStopping = () => stopFor("stopping");
  stopping?.addEventListener("abort", onStopping);
  if (stopping?.aborted) stopFor("stopping");
  const beat = setInterval(async () => {
    try {
      const rows = await db.$queryRaw<{ cancel: Date | null }[]>`
        UPDATE "ActionRun" SET "heartbeatAt" = now() WHERE id = ${runId} AND status = 'RUNNING' RETURNING "cancelRequestedAt" AS cancel`;
      if (rows.length === 0) stopFor("lost");
      else if (rows[0]?.cancel) stopFor("cancelled");
    } catch {
      // The database is unreachable: the executor's own calls will fail too.
    }
  }, HEARTBEAT_MS);
  beat.unref();

  const io = dbRunIo(db, runId, controller.signal, run.requestedBy?.email ?? null);
  let status: ActionStatus = "SUCCEEDED";
  let result: Record<string, unknown> | null = null;
  let error: string | null = null;
  try {
    const executor = EXECUTORS[run.kind];
    if (!executor) throw new Error(`This worker cannot run ${run.kind.toLowerCase()} actions`);
    result = await executor({
      db,
      run: { ...run, params: (run.params ?? {}) as Record<string, unknown> },
      io,
      deps,
      now: clock,
    });
    io.progress(1);
  } catch (err) {
    status = why === "cancelled" ? "CANCELLED" : "FAILED";
    error =
      why === "cancelled"
        ? `Cancelled while running: ${messageOf(err)}`
        : why === "stopping"
          ? `The worker was shut down mid-run: ${messageOf(err)}`
          : messageOf(err);
    io.log(status === "CANCELLED" ? "Cancelled." : `Failed: ${error}`);
  } finally {
    clearInterval(beat);
    stopping?.removeEventListener("abort", onStopping);
    await io.close();
  }

  const finishedAt = clock();
  await db.$transaction(async (tx) => {
    const done = await tx.actionRun.updateMany({
      where: { id: runId, status: "RUNNING" },
      data: {
        status,
        result: (result ?? undefined) as Prisma.InputJsonValue | undefined,
        error,
        finishedAt,
        ...(status === "SUCCEEDED" ? { progress: 1 } : {}),
      },
    });
    if (done.count === 0) return; // marked failed meanwhile (the heartbeat was lost): that record stands
    const how = status === "SUCCEEDED" ? "succeeded" : status === "CANCELLED" ? "was cancelled" : `failed: ${error}`;
    await noteOnIncident(tx, ctx, run, `${ACTION_LABEL[run.kind]} #${run.number} ${how}`, finishedAt);
    await recordRunChange(tx, ctx, run, { action: "action.finish", after: { status, error }, live: "action.finished" });
  });
  return status;
}
