import { type Db, type IncidentWhereInput, type Prisma, Severity } from "@opsdeck/db";
import type { Keyset } from "../page/keyset.ts";
import { findPage } from "../page/prisma.ts";
import type { Page } from "../page/schemas.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { readSeverityPolicy } from "../severity/read.ts";
import { parseInput } from "../validate.ts";
import { INCIDENT_SUMMARY_SELECT, type IncidentSummaryDto, toIncidentSummary } from "./dto.ts";
import { type TListIncidents, ZListIncidents } from "./schemas.ts";

const MOST_URGENT: Keyset = {
  list: "incidents.open",
  fields: [
    { field: "severity", type: Object.values(Severity) },
    { field: "detectedAt", type: "date" },
    { field: "number", type: "int" },
  ],
};
const NEWEST: Keyset = {
  list: "incidents.newest",
  fields: [
    { field: "detectedAt", type: "date", desc: true },
    { field: "number", type: "int", desc: true },
  ],
};

type Args = { db: Db; ctx: AnyCtx; input?: TListIncidents; now?: Date };

/**
 * Incidents with their SLA status, a page at a time. Open ones come most urgent first (severity, then
 * age); resolved and all come newest first.
 */
export async function listIncidentsPage({
  db,
  ctx,
  input = {},
  now = new Date(),
}: Args): Promise<Page<IncidentSummaryDto>> {
  assertRole(ctx, "VIEWER");
  const { status, severity, serviceId, limit, cursor } = parseInput(ZListIncidents, input);
  const where: IncidentWhereInput = {
    ...(status === "open" && { status: { not: "RESOLVED" } }),
    ...(status === "resolved" && { status: "RESOLVED" }),
    ...(severity && { severity: { in: severity } }),
    ...(serviceId && { services: { some: { serviceId } } }),
  };
  const policy = await readSeverityPolicy(db);
  const { rows, next } = await findPage<
    Prisma.IncidentGetPayload<{ select: typeof INCIDENT_SUMMARY_SELECT }>,
    IncidentWhereInput,
    Prisma.IncidentOrderByWithRelationInput
  >(status === "open" ? MOST_URGENT : NEWEST, { limit, cursor }, (p) =>
    db.incident.findMany({
      where: { AND: [where, p.after] },
      select: INCIDENT_SUMMARY_SELECT,
      orderBy: p.orderBy,
      take: p.take,
    }),
  );
  return { items: rows.map((row) => toIncidentSummary(row, now, policy)), next };
}

/** The first page of incidents (see listIncidentsPage). */
export const listIncidents = async (args: Args): Promise<IncidentSummaryDto[]> => (await listIncidentsPage(args)).items;
