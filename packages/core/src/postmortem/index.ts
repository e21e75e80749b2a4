export { listPostmortems, type PostmortemIncidentRef, type PostmortemSummaryDto } from "./list.ts";
export { getPostmortem, type ActionItemDto, type PostmortemDto } from "./get.ts";
export * from "./schemas.ts";
