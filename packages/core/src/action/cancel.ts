import type { ServiceCall } from "../call.ts";
import { ConflictError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { type ActionRunDto, RUN_SELECT, toRunDto } from "./dto.ts";
import { lockRun, recordRunChange } from "./internal.ts";
import { ROLE_FOR } from "./kinds.ts";
import { type TRunRef, ZRunRef } from "./schemas.ts";

/**
 * Cancel a run. Waiting or queued runs end at once; a running one is asked to stop, and its worker
 * stops at the next safe point (a restore in one transaction rolls back; a switched symlink stays
 * switched) and records how far it got.
 */
export async function cancelActionRun({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TRunRef>): Promise<ActionRunDto> {
  assertRole(ctx, "RESPONDER");
  const { id } = parseInput(ZRunRef, input);
  return db.$transaction(async (tx) => {
    const run = await lockRun(tx, id);
    if (run.requestedById !== ctx.actor?.id) assertRole(ctx, ROLE_FOR[run.kind]);
    if (run.status === "AWAITING_APPROVAL" || run.status === "QUEUED") {
      const row = await tx.actionRun.update({
        where: { id },
        data: { status: "CANCELLED", finishedAt: now, cancelRequestedAt: now, cancelledById: ctx.actor?.id ?? null },
        select: RUN_SELECT,
      });
      await recordRunChange(tx, ctx, run, {
        action: "action.cancel",
        before: { status: run.status },
        after: { status: "CANCELLED" },
      });
      return toRunDto(row);
    }
    if (run.status !== "RUNNING")
      throw new ConflictError(`Run #${run.number} already ended (${run.status.toLowerCase()})`);
    const row = await tx.actionRun.update({
      where: { id },
      data: { cancelRequestedAt: now, cancelledById: ctx.actor?.id ?? null },
      select: RUN_SELECT,
    });
    await recordRunChange(tx, ctx, run, {
      action: "action.cancel_request",
      after: { status: "RUNNING", cancelRequested: true },
    });
    return toRunDto(row);
  });
}
