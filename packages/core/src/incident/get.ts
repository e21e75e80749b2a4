import type { IncidentRole } from "@opsdeck/db";
import type { ServiceCall } from "../call.ts";
import { NotFoundError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { readSeverityPolicy } from "../severity/read.ts";
import { parseInput } from "../validate.ts";
import {
  INCIDENT_SUMMARY_SELECT,
  type IncidentSummaryDto,
  iso,
  toIncidentSummary,
  USER_REF_SELECT,
  type UserRef,
} from "./dto.ts";
import { type TGetIncident, ZGetIncident } from "./schemas.ts";

export type IncidentEventDto = {
  id: string;
  kind: string;
  message: string;
  at: string;
  author: UserRef | null;
  /** What the kind records beyond the message (a status update's impact and next update, a change's from and to). */
  data: Record<string, unknown> | null;
};

export type IncidentRoleDto = { role: IncidentRole; user: UserRef | null; startedAt: string; endedAt: string | null };

export type IncidentDetailDto = IncidentSummaryDto & {
  summary: string | null;
  createdAt: string;
  updatedAt: string;
  events: IncidentEventDto[];
  /** Who held which role when, oldest first. */
  roleHistory: IncidentRoleDto[];
};

const asData = (v: unknown): Record<string, unknown> | null =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/** One incident by id or number, with its timeline (oldest first), role history and postmortem id. */
export async function getIncident({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TGetIncident>): Promise<IncidentDetailDto> {
  assertRole(ctx, "VIEWER");
  const key = parseInput(ZGetIncident, input);
  const policy = await readSeverityPolicy(db);
  const row = await db.incident.findUnique({
    where: "id" in key ? { id: key.id } : { number: key.number },
    select: {
      ...INCIDENT_SUMMARY_SELECT,
      summary: true,
      updatedAt: true,
      events: {
        orderBy: [{ at: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        select: { id: true, kind: true, message: true, at: true, data: true, author: { select: USER_REF_SELECT } },
      },
      roles: {
        orderBy: [{ startedAt: "asc" }, { id: "asc" }],
        select: { role: true, startedAt: true, endedAt: true, user: { select: USER_REF_SELECT } },
      },
    },
  });
  if (!row) throw new NotFoundError("Incident not found");
  return {
    ...toIncidentSummary(row, now, policy),
    summary: row.summary,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    events: row.events.map((e) => ({ ...e, at: e.at.toISOString(), data: asData(e.data) })),
    roleHistory: row.roles.map((r) => ({ ...r, startedAt: r.startedAt.toISOString(), endedAt: iso(r.endedAt) })),
  };
}
