export { getIncidentReport } from "./get.ts";
export { lastDays } from "./period.ts";
export type { IncidentReportDto } from "./build.ts";
export type { GroupStats, ServiceRow, SeverityRow } from "./groups.ts";
export type { PostmortemOutcome, PostmortemRow, PostmortemSummary } from "./postmortems.ts";
export type { DurationStats, SlaCounts } from "./stats.ts";
export type { SlaTargetMs, SlaTargetsMs } from "./sla-targets.ts";
export type { WeekCount } from "./weeks.ts";
export * from "./schemas.ts";
