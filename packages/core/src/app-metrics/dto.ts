import type { ScrapeProblem } from "@opsdeck/integrations";
import type { THealthRange } from "../check/schemas.ts";
import type { TrendSeries } from "../database/dto.ts";

/** A service's metrics endpoint as pages and the API show it: never its token. */
export type AppMetricsEndpointDto = {
  url: string;
  hasToken: boolean;
  requestMetric: string;
  statusLabel: string | null;
  durationMetric: string;
  scrapedAt: string | null;
  /** The last scrape's faults; empty when it read everything. */
  problems: ScrapeProblem[];
};

export type AppMetricsDto = {
  service: { id: string; slug: string; name: string };
  /** Null while the service has no endpoint. */
  endpoint: AppMetricsEndpointDto | null;
  range: THealthRange;
  from: string;
  to: string;
  stepSeconds: number;
  requestRate: TrendSeries | null;
  errorRate: TrendSeries | null;
  /** p50, p95 and p99, labelled so. */
  latency: TrendSeries[];
};
