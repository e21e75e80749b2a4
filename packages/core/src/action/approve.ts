import type { ServiceCall } from "../call.ts";
import { ConflictError, ForbiddenError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { type ActionRunDto, RUN_SELECT, toRunDto } from "./dto.ts";
import { lockRun, recordRunChange } from "./internal.ts";
import { ROLE_FOR } from "./kinds.ts";
import { type TRunRef, ZRunRef } from "./schemas.ts";

/**
 * The second person's yes under a target's two-person rule: someone other than the requester,
 * with the role the action needs, before the request expires. The run is then queued.
 */
export async function approveActionRun({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TRunRef>): Promise<ActionRunDto> {
  assertRole(ctx, "RESPONDER");
  const { id } = parseInput(ZRunRef, input);
  return db.$transaction(async (tx) => {
    const run = await lockRun(tx, id);
    assertRole(ctx, ROLE_FOR[run.kind]);
    if (run.status !== "AWAITING_APPROVAL")
      throw new ConflictError(
        `Run #${run.number} is ${run.status.toLowerCase().replace("_", " ")}: there is nothing to approve`,
      );
    if (ctx.actor && ctx.actor.id === run.requestedById)
      throw new ForbiddenError("A second person must approve: you requested this run");
    if (run.expiresAt && run.expiresAt <= now) {
      await tx.actionRun.update({ where: { id }, data: { status: "EXPIRED", finishedAt: now } });
      await recordRunChange(tx, ctx, run, { action: "action.expire", after: { status: "EXPIRED" } });
      throw new ConflictError(`Run #${run.number}'s approval request expired: request it again`);
    }
    const row = await tx.actionRun.update({
      where: { id },
      data: { status: "QUEUED", approvedById: ctx.actor?.id ?? null, approvedAt: now },
      select: RUN_SELECT,
    });
    await recordRunChange(tx, ctx, run, {
      action: "action.approve",
      before: { status: run.status },
      after: { status: "QUEUED", summary: run.summary },
    });
    return toRunDto(row);
  });
}
