export { listIncidents } from "./list.ts";
export { getIncident, type IncidentDetailDto, type IncidentEventDto } from "./get.ts";
export type { IncidentSummaryDto, UserRef } from "./dto.ts";
export * from "./schemas.ts";
