import { NotFoundError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import {
  INCIDENT_SUMMARY_SELECT,
  type IncidentSummaryDto,
  USER_REF_SELECT,
  type UserRef,
  toIncidentSummary,
} from "./dto.ts";
import { type TGetIncident, ZGetIncident } from "./schemas.ts";
import type { ServiceCall } from "../call.ts";

export type IncidentEventDto = { id: string; kind: string; message: string; at: string; author: UserRef | null };

export type IncidentDetailDto = IncidentSummaryDto & {
  summary: string | null;
  createdAt: string;
  updatedAt: string;
  events: IncidentEventDto[];
};

/** One incident by id or number, with its timeline (oldest first) and postmortem id. */
export async function getIncident({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TGetIncident>): Promise<IncidentDetailDto> {
  assertRole(ctx, "VIEWER");
  const key = parseInput(ZGetIncident, input);
  const row = await db.incident.findUnique({
    where: "id" in key ? { id: key.id } : { number: key.number },
    select: {
      ...INCIDENT_SUMMARY_SELECT,
      summary: true,
      createdAt: true,
      updatedAt: true,
      events: {
        orderBy: [{ at: "asc" }, { id: "asc" }],
        select: { id: true, kind: true, message: true, at: true, author: { select: USER_REF_SELECT } },
      },
    },
  });
  if (!row) throw new NotFoundError("Incident not found");
  return {
    ...toIncidentSummary(row, now),
    summary: row.summary,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    events: row.events.map((e) => ({ ...e, at: e.at.toISOString() })),
  };
}
