import type { AppMetricsEndpointDto } from "@opsdeck/core/app-metrics/dto";

type Problem = AppMetricsEndpointDto["problems"][number];
export type AppPanel = "requests" | "errors" | "latency";

/** Which panels a problem empties: a failed scrape all of them, a missing metric those it feeds. */
const PANELS: Partial<Record<Problem["code"], AppPanel[]>> = {
  MISSING_REQUESTS: ["requests", "errors"],
  MISSING_STATUS: ["errors"],
  MISSING_HISTOGRAM: ["latency"],
};

export const problemsOf = (endpoint: AppMetricsEndpointDto | null, panel: AppPanel): Problem[] =>
  endpoint?.problems.filter((p) => (PANELS[p.code] ?? ["requests", "errors", "latency"]).includes(panel)) ?? [];
