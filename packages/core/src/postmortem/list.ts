import type { ActionItemStatus, Db, PostmortemStatus, Severity } from "@opsdeck/db";
import { iso } from "../incident/dto.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { type TListPostmortems, ZListPostmortems } from "./schemas.ts";

export type PostmortemIncidentRef = {
  id: string;
  number: number;
  title: string;
  severity: Severity;
  detectedAt: string;
  resolvedAt: string | null;
};

export type PostmortemSummaryDto = {
  id: string;
  status: PostmortemStatus;
  summary: string;
  incident: PostmortemIncidentRef;
  actionItems: Record<ActionItemStatus, number> & { total: number };
  createdAt: string;
  updatedAt: string;
};

export const POSTMORTEM_INCIDENT_SELECT = {
  select: { id: true, number: true, title: true, severity: true, detectedAt: true, resolvedAt: true },
} as const;

/** Postmortems, newest incident first, with action items counted by status. */
export async function listPostmortems({
  db,
  ctx,
  input = {},
}: {
  db: Db;
  ctx: AnyCtx;
  input?: TListPostmortems;
}): Promise<PostmortemSummaryDto[]> {
  assertRole(ctx, "VIEWER");
  const { status, limit } = parseInput(ZListPostmortems, input);
  const rows = await db.postmortem.findMany({
    where: status ? { status } : {},
    select: {
      id: true,
      status: true,
      summary: true,
      createdAt: true,
      updatedAt: true,
      incident: POSTMORTEM_INCIDENT_SELECT,
      actionItems: { select: { status: true } },
    },
    orderBy: [{ incident: { detectedAt: "desc" } }, { id: "asc" }],
    take: limit,
  });
  return rows.map(({ incident, actionItems, createdAt, updatedAt, ...pm }) => {
    const counts = { total: actionItems.length, OPEN: 0, IN_PROGRESS: 0, DONE: 0 };
    for (const a of actionItems) counts[a.status]++;
    return {
      ...pm,
      incident: { ...incident, detectedAt: incident.detectedAt.toISOString(), resolvedAt: iso(incident.resolvedAt) },
      actionItems: counts,
      createdAt: createdAt.toISOString(),
      updatedAt: updatedAt.toISOString(),
    };
  });
}
