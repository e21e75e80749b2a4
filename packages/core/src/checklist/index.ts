export * from "./period.ts";
export { listChecklists, type ChecklistSummaryDto } from "./list.ts";
export { getChecklist, type ChecklistDetailDto, type ChecklistItemDto, type ChecklistItemResultDto } from "./get.ts";
export { type ChecklistRunProgressDto, currentPeriodKey } from "./runs.ts";
export * from "./schemas.ts";
