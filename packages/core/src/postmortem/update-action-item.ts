import type { ServiceCall } from "../call.ts";
import { assertAssignable } from "../incident/internal.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { ACTION_ITEM_SELECT, type ActionItemDto, toActionItem } from "./dto.ts";
import { ACTION_ITEM_STATE_SELECT, bumpVersion, endOfDay, finishPostmortem, lockActionItem } from "./internal.ts";
import { type TUpdateActionItem, ZUpdateActionItem } from "./schemas.ts";

/** Change an action item (RESPONDER): fields left out are unchanged; null clears the owner, due date or link. */
export async function updateActionItem({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TUpdateActionItem>): Promise<ActionItemDto> {
  assertRole(ctx, "RESPONDER");
  const { id, dueDate, ...fields } = parseInput(ZUpdateActionItem, input);
  await db.$transaction(async (tx) => {
    const { item: before, postmortem } = await lockActionItem(tx, id);
    if (fields.ownerId !== undefined && fields.ownerId !== before.ownerId)
      await assertAssignable(tx, "ownerId", fields.ownerId);
    const after = await tx.actionItem.update({
      where: { id },
      data: { ...fields, ...(dueDate !== undefined && { dueDate: endOfDay(dueDate) }), updatedAt: now },
      select: ACTION_ITEM_STATE_SELECT,
    });
    const { version } = await bumpVersion(tx, postmortem);
    await finishPostmortem(tx, ctx, {
      action: "action_item.change",
      targetType: "action_item",
      targetId: id,
      before,
      after,
      postmortem,
      version,
    });
  });
  return toActionItem(await db.actionItem.findUniqueOrThrow({ where: { id }, select: ACTION_ITEM_SELECT }), now);
}
