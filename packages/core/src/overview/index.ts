export { getOverviewSummary, type OverviewSummaryDto } from "./summary.ts";
export * from "./schemas.ts";
