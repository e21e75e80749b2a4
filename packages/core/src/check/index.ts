export * from "./constants.ts";
export * from "./histogram.ts";
export * from "./rollup.ts";
export * from "./shards.ts";
export * from "./slots.ts";
export * from "./state.ts";
export * from "./schemas.ts";
export { createCheck, type CreateCheckResult } from "./create.ts";
export { createChecks, type CreateChecksResult } from "./create-bulk.ts";
export { countCheckStates, type CheckCountsDto } from "./counts.ts";
export { updateCheck } from "./update.ts";
export { setCheckPaused } from "./set-paused.ts";
export { requestCheckRun } from "./run-now.ts";
export { deleteCheck } from "./delete.ts";
export { rotateHeartbeatToken } from "./rotate-token.ts";
export { getHeartbeatPingPath } from "./ping-url.ts";
export { recordHeartbeatPing } from "./ping.ts";
export * from "./maintenance.ts";
export { listCheckTiles, type CheckTileDto, type CheckTilesDto, type ServiceTilesDto } from "./list.ts";
export { getCheck, type CheckDetailDto } from "./get.ts";
export { getServiceHealth, type ServiceHealthDto } from "./service-health.ts";
export type { CheckEventDto, CheckFailureDto } from "./health.ts";
export * from "./latency.ts";
export * from "./uptime.ts";
export { STATE_ORDER, isStale } from "./tiles.ts";
export { type CheckDto, redactConfig } from "./dto.ts";
export {
  readHealthSummary,
  PROBLEM_TILES_SHOWN,
  type HealthSummaryDto,
  type ServiceSummaryDto,
} from "./health-summary.ts";
export { HealthSummaryCache, type CachedHealthSummary } from "./health-summary-cache.ts";
