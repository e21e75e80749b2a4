import type { ActionItemStatus, PostmortemStatus } from "@opsdeck/db";
import { NotFoundError } from "../errors.ts";
import { USER_REF_SELECT, type UserRef, iso } from "../incident/dto.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { POSTMORTEM_INCIDENT_SELECT, type PostmortemIncidentRef } from "./list.ts";
import { type TGetPostmortem, ZGetPostmortem } from "./schemas.ts";
import type { ServiceCall } from "../call.ts";

export type ActionItemDto = {
  id: string;
  title: string;
  status: ActionItemStatus;
  owner: UserRef | null;
  dueDate: string | null;
  /** Not done and past its due date. */
  overdue: boolean;
};

export type PostmortemDto = {
  id: string;
  status: PostmortemStatus;
  incident: PostmortemIncidentRef;
  summary: string;
  impact: string;
  rootCause: string;
  timeline: string;
  whatWentWell: string;
  whatWentWrong: string;
  lessonsLearned: string;
  actionItems: ActionItemDto[];
  createdAt: string;
  updatedAt: string;
};

/** One postmortem by its id or its incident's id, with action items by due date. */
export async function getPostmortem({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TGetPostmortem>): Promise<PostmortemDto> {
  assertRole(ctx, "VIEWER");
  const key = parseInput(ZGetPostmortem, input);
  const row = await db.postmortem.findUnique({
    where: "id" in key ? { id: key.id } : { incidentId: key.incidentId },
    include: {
      incident: POSTMORTEM_INCIDENT_SELECT,
      actionItems: {
        orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
        select: { id: true, title: true, status: true, dueDate: true, owner: { select: USER_REF_SELECT } },
      },
    },
  });
  if (!row) throw new NotFoundError("Postmortem not found");
  const { incident, actionItems, incidentId: _, createdAt, updatedAt, ...pm } = row;
  return {
    ...pm,
    incident: { ...incident, detectedAt: incident.detectedAt.toISOString(), resolvedAt: iso(incident.resolvedAt) },
    actionItems: actionItems.map((a) => ({
      ...a,
      dueDate: iso(a.dueDate),
      overdue: a.status !== "DONE" && a.dueDate !== null && a.dueDate < now,
    })),
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  };
}
