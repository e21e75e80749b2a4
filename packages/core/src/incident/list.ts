import type { Db, IncidentWhereInput } from "@opsdeck/db";
import { type AnyCtx, assertRole } from "../roles.ts";
import { readSeverityPolicy } from "../severity/read.ts";
import { parseInput } from "../validate.ts";
import { INCIDENT_SUMMARY_SELECT, type IncidentSummaryDto, toIncidentSummary } from "./dto.ts";
import { type TListIncidents, ZListIncidents } from "./schemas.ts";

/**
 * Incidents with their SLA status. Open ones come most urgent first (severity, then age);
 * resolved and all come newest first.
 */
export async function listIncidents({
  db,
  ctx,
  input = {},
  now = new Date(),
}: {
  db: Db;
  ctx: AnyCtx;
  input?: TListIncidents;
  now?: Date;
}): Promise<IncidentSummaryDto[]> {
  assertRole(ctx, "VIEWER");
  const { status, severity, serviceId, limit } = parseInput(ZListIncidents, input);
  const where: IncidentWhereInput = {
    ...(status === "open" && { status: { not: "RESOLVED" } }),
    ...(status === "resolved" && { status: "RESOLVED" }),
    ...(severity && { severity: { in: severity } }),
    ...(serviceId && { services: { some: { serviceId } } }),
  };
  const policy = await readSeverityPolicy(db);
  const rows = await db.incident.findMany({
    where,
    select: INCIDENT_SUMMARY_SELECT,
    orderBy:
      status === "open"
        ? [{ severity: "asc" }, { detectedAt: "asc" }, { number: "asc" }]
        : [{ detectedAt: "desc" }, { number: "desc" }],
    take: limit,
  });
  return rows.map((row) => toIncidentSummary(row, now, policy));
}
