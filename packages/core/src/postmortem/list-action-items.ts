import type { Prisma } from "@opsdeck/db";
import type { ListCall } from "../call.ts";
import type { Keyset } from "../page/keyset.ts";
import { findPage } from "../page/prisma.ts";
import type { Page } from "../page/schemas.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { ACTION_ITEM_SELECT, type ActionItemDto, toActionItem } from "./dto.ts";
import { type TListActionItems, ZListActionItems } from "./schemas.ts";

export type ActionItemListDto = ActionItemDto & {
  postmortem: { id: string; title: string; incidentNumber: number };
};

/** ACTION_ITEM_ORDER as a keyset: soonest due first (none last), then oldest, then id. */
const SOONEST_DUE: Keyset = {
  list: "action-items",
  fields: [
    { field: "dueDate", type: "date", nullsLast: true },
    { field: "createdAt", type: "date" },
    { field: "id", type: "string" },
  ],
};
const SELECT = {
  ...ACTION_ITEM_SELECT,
  createdAt: true,
  postmortem: { select: { id: true, title: true, incident: { select: { number: true } } } },
} as const satisfies Prisma.ActionItemSelect;

/** A page of action items across postmortems, soonest due first: by status (NOT_DONE: open or in progress) and/or overdue. */
export async function listActionItemsPage({
  db,
  ctx,
  input = {},
  now = new Date(),
}: ListCall<TListActionItems>): Promise<Page<ActionItemListDto>> {
  assertRole(ctx, "VIEWER");
  const { status, overdue, limit, cursor } = parseInput(ZListActionItems, input);
  const onlyOverdue = overdue === true || overdue === "true";
  const where: Prisma.ActionItemWhereInput = {
    ...(status === "NOT_DONE" ? { status: { not: "DONE" } } : status ? { status } : {}),
    ...(onlyOverdue && { status: status && status !== "NOT_DONE" ? status : { not: "DONE" }, dueDate: { lt: now } }),
  };
  if (onlyOverdue && status === "DONE") return { items: [], next: null };
  const { rows, next } = await findPage<
    Prisma.ActionItemGetPayload<{ select: typeof SELECT }>,
    Prisma.ActionItemWhereInput,
    Prisma.ActionItemOrderByWithRelationInput
  >(SOONEST_DUE, { limit, cursor }, (p) =>
    db.actionItem.findMany({ where: { AND: [where, p.after] }, orderBy: p.orderBy, take: p.take, select: SELECT }),
  );
  const items = rows.map(({ postmortem: pm, createdAt: _, ...a }) => ({
    ...toActionItem(a, now),
    postmortem: { id: pm.id, title: pm.title, incidentNumber: pm.incident.number },
  }));
  return { items, next };
}

/** Action items across postmortems, soonest due first (the first page). */
export const listActionItems = async (args: ListCall<TListActionItems>): Promise<ActionItemListDto[]> =>
  (await listActionItemsPage(args)).items;
