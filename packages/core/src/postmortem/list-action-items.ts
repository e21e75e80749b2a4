import type { Prisma } from "@opsdeck/db";
import type { ListCall } from "../call.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { ACTION_ITEM_ORDER, ACTION_ITEM_SELECT, type ActionItemDto, toActionItem } from "./dto.ts";
import { type TListActionItems, ZListActionItems } from "./schemas.ts";

export type ActionItemListDto = ActionItemDto & {
  postmortem: { id: string; title: string; incidentNumber: number };
};

/** Action items across postmortems, soonest due first: by status (NOT_DONE: open or in progress) and/or overdue. */
export async function listActionItems({
  db,
  ctx,
  input = {},
  now = new Date(),
}: ListCall<TListActionItems>): Promise<ActionItemListDto[]> {
  assertRole(ctx, "VIEWER");
  const { status, overdue, limit } = parseInput(ZListActionItems, input);
  const onlyOverdue = overdue === true || overdue === "true";
  const where: Prisma.ActionItemWhereInput = {
    ...(status === "NOT_DONE" ? { status: { not: "DONE" } } : status ? { status } : {}),
    ...(onlyOverdue && { status: status && status !== "NOT_DONE" ? status : { not: "DONE" }, dueDate: { lt: now } }),
  };
  if (onlyOverdue && status === "DONE") return [];
  const rows = await db.actionItem.findMany({
    where,
    orderBy: ACTION_ITEM_ORDER,
    take: limit,
    select: {
      ...ACTION_ITEM_SELECT,
      postmortem: { select: { id: true, title: true, incident: { select: { number: true } } } },
    },
  });
  return rows.map(({ postmortem: pm, ...a }) => ({
    ...toActionItem(a, now),
    postmortem: { id: pm.id, title: pm.title, incidentNumber: pm.incident.number },
  }));
}
