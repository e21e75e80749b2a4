import type { ServiceCall } from "../call.ts";
import { assertAssignable } from "../incident/internal.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { ACTION_ITEM_SELECT, type ActionItemDto, toActionItem } from "./dto.ts";
import { ACTION_ITEM_STATE_SELECT, bumpVersion, endOfDay, finishPostmortem, lockPostmortem } from "./internal.ts";
import { type TCreateActionItem, ZCreateActionItem } from "./schemas.ts";

/** Add a follow-up to a postmortem (RESPONDER): prevent, detect or respond; its owner a responder or admin. */
export async function addActionItem({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TCreateActionItem>): Promise<ActionItemDto> {
  assertRole(ctx, "RESPONDER");
  const { postmortemId, dueDate, ...fields } = parseInput(ZCreateActionItem, input);
  const id = await db.$transaction(async (tx) => {
    const pm = await lockPostmortem(tx, postmortemId);
    await assertAssignable(tx, "ownerId", fields.ownerId);
    const item = await tx.actionItem.create({
      data: { ...fields, postmortemId, dueDate: endOfDay(dueDate), createdAt: now },
      select: ACTION_ITEM_STATE_SELECT,
    });
    const { version } = await bumpVersion(tx, pm);
    await finishPostmortem(tx, ctx, {
      action: "action_item.create",
      targetType: "action_item",
      targetId: item.id,
      before: null,
      after: item,
      postmortem: pm,
      version,
    });
    return item.id;
  });
  return toActionItem(await db.actionItem.findUniqueOrThrow({ where: { id }, select: ACTION_ITEM_SELECT }), now);
}
