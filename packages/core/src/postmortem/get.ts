import type { PostmortemStatus } from "@opsdeck/db";
import type { ServiceCall } from "../call.ts";
import { NotFoundError } from "../errors.ts";
import { iso, USER_REF_SELECT, type UserRef } from "../incident/dto.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import {
  ACTION_ITEM_ORDER,
  ACTION_ITEM_SELECT,
  type ActionItemDto,
  dueOf,
  POSTMORTEM_INCIDENT_SELECT,
  type PostmortemDue,
  type PostmortemIncidentRef,
  toActionItem,
  toIncidentRef,
} from "./dto.ts";
import type { PostmortemTextField } from "./fields.ts";
import { type TGetPostmortem, ZGetPostmortem } from "./schemas.ts";

export type PostmortemDto = Record<PostmortemTextField, string> &
  PostmortemDue & {
    id: string;
    status: PostmortemStatus;
    /** Goes up with every change; send it back as expectedVersion when editing. */
    version: number;
    incident: PostmortemIncidentRef;
    /** From detection to resolution, derived from the incident. */
    durationMs: number | null;
    usersAffected: number | null;
    revenueLostCents: number | null;
    publishedAt: string | null;
    author: UserRef | null;
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
      author: { select: USER_REF_SELECT },
      actionItems: { orderBy: ACTION_ITEM_ORDER, select: ACTION_ITEM_SELECT },
    },
  });
  if (!row) throw new NotFoundError("Postmortem not found");
  const {
    incident,
    actionItems,
    incidentId: _,
    authorId: _a,
    fieldVersions: _f,
    createdAt,
    updatedAt,
    publishedAt,
    dueAt,
    ...pm
  } = row;
  return {
    ...pm,
    ...dueOf(row, now),
    incident: toIncidentRef(incident),
    durationMs: incident.resolvedAt ? incident.resolvedAt.getTime() - incident.detectedAt.getTime() : null,
    publishedAt: iso(publishedAt),
    actionItems: actionItems.map((a) => toActionItem(a, now)),
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  };
}
