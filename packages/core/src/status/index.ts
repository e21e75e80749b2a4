export { buildStatusPage, readStatusPage, type StatusPageRead } from "./build.ts";
export { SingleFlightCache } from "./cache.ts";
export * from "./dto.ts";
export { affectsStatusPage } from "./invalidate.ts";
export { STATUS_LABELS } from "./state.ts";
