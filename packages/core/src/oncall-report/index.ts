export type { AckStats } from "./ack-stats.ts";
export type { HourBucket, OnCallReportDto, OnCallWeek, PersonLoad } from "./build.ts";
export { onCallReportCsv } from "./csv.ts";
export { defaultReportZone, getOnCallReport } from "./get.ts";
export * from "./schemas.ts";
