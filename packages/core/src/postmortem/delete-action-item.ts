import type { ServiceCall } from "../call.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { bumpVersion, finishPostmortem, lockActionItem } from "./internal.ts";
import { type TActionItemRef, ZActionItemRef } from "./schemas.ts";

/** Remove an action item (RESPONDER); a second delete of the same item finds nothing (404). */
export async function deleteActionItem({ db, ctx, input }: ServiceCall<TActionItemRef>): Promise<{ id: string }> {
  assertRole(ctx, "RESPONDER");
  const { id } = parseInput(ZActionItemRef, input);
  await db.$transaction(async (tx) => {
    const { item, postmortem } = await lockActionItem(tx, id);
    await tx.actionItem.delete({ where: { id } });
    const { version } = await bumpVersion(tx, postmortem);
    await finishPostmortem(tx, ctx, {
      action: "action_item.delete",
      targetType: "action_item",
      targetId: id,
      before: item,
      after: null,
      postmortem,
      version,
    });
  });
  return { id };
}
