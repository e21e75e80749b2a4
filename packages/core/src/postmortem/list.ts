import type { ActionItemStatus, PostmortemStatus } from "@opsdeck/db";
import type { ListCall } from "../call.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import {
  dueOf,
  POSTMORTEM_INCIDENT_SELECT,
  type PostmortemDue,
  type PostmortemIncidentRef,
  toIncidentRef,
} from "./dto.ts";
import { type TListPostmortems, ZListPostmortems } from "./schemas.ts";

export type PostmortemSummaryDto = PostmortemDue & {
  id: string;
  status: PostmortemStatus;
  title: string;
  summary: string;
  incident: PostmortemIncidentRef;
  actionItems: Record<ActionItemStatus, number> & { total: number; overdue: number };
  createdAt: string;
  updatedAt: string;
};

/** Postmortems, newest incident first, with action items counted by status. */
export async function listPostmortems({
  db,
  ctx,
  input = {},
  now = new Date(),
}: ListCall<TListPostmortems>): Promise<PostmortemSummaryDto[]> {
  assertRole(ctx, "VIEWER");
  const { status, limit } = parseInput(ZListPostmortems, input);
  const rows = await db.postmortem.findMany({
    where: status ? { status } : {},
    select: {
      id: true,
      status: true,
      title: true,
      summary: true,
      dueAt: true,
      createdAt: true,
      updatedAt: true,
      incident: POSTMORTEM_INCIDENT_SELECT,
      actionItems: { select: { status: true, dueDate: true } },
    },
    orderBy: [{ incident: { detectedAt: "desc" } }, { id: "asc" }],
    take: limit,
  });
  return rows.map(({ incident, actionItems, createdAt, updatedAt, dueAt, ...pm }) => {
    const counts = { total: actionItems.length, OPEN: 0, IN_PROGRESS: 0, DONE: 0, overdue: 0 };
    for (const a of actionItems) {
      counts[a.status]++;
      if (a.status !== "DONE" && a.dueDate && a.dueDate < now) counts.overdue++;
    }
    return {
      ...pm,
      ...dueOf({ status: pm.status, dueAt }, now),
      incident: toIncidentRef(incident),
      actionItems: counts,
      createdAt: createdAt.toISOString(),
      updatedAt: updatedAt.toISOString(),
    };
  });
}
