import { NotFoundError } from "../errors.ts";
import { INCIDENT_SUMMARY_SELECT, type IncidentSummaryDto, toIncidentSummary } from "../incident/dto.ts";
import { assertRole } from "../roles.ts";
import { readSeverityPolicy } from "../severity/read.ts";
import { parseInput } from "../validate.ts";
import { SERVICE_SUMMARY_SELECT, type ServiceSummaryDto, toServiceSummary } from "./dto.ts";
import { type TGetService, ZGetService } from "./schemas.ts";
import type { ServiceCall } from "../call.ts";

const RECENT_INCIDENTS = 10;

export type ServiceDetailDto = ServiceSummaryDto & {
  runbookMd: string | null;
  createdAt: string;
  recentIncidents: IncidentSummaryDto[];
};

/** One service by id or slug, with its runbook and latest incidents (newest first). */
export async function getService({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TGetService>): Promise<ServiceDetailDto> {
  assertRole(ctx, "VIEWER");
  const key = parseInput(ZGetService, input);
  const policy = await readSeverityPolicy(db);
  const row = await db.service.findUnique({
    where: "id" in key ? { id: key.id } : { slug: key.slug },
    select: {
      ...SERVICE_SUMMARY_SELECT,
      runbookMd: true,
      createdAt: true,
      affectedBy: {
        select: { incident: { select: INCIDENT_SUMMARY_SELECT } },
        orderBy: [{ incident: { detectedAt: "desc" } }, { incident: { number: "desc" } }],
        take: RECENT_INCIDENTS,
      },
    },
  });
  if (!row) throw new NotFoundError("Service not found");
  const { affectedBy, runbookMd, createdAt, ...summary } = row;
  return {
    ...toServiceSummary(summary),
    runbookMd,
    createdAt: createdAt.toISOString(),
    recentIncidents: affectedBy.map(({ incident }) => toIncidentSummary(incident, now, policy)),
  };
}
