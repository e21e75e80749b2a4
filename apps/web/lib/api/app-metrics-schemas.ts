import type { AppMetricsDto, AppMetricsEndpointDto } from "@opsdeck/core/app-metrics/dto";
import { SCRAPE_PROBLEM_CODES } from "@opsdeck/integrations/prometheus/problem";
import { z } from "zod";
import { ZTrend } from "./database-schemas.ts";

/* Response schemas of a service's app-metrics routes. */

const ZScrapeProblem = z
  .object({ code: z.enum(SCRAPE_PROBLEM_CODES), message: z.string() })
  .describe("Why the scrape, or one figure, has no data: unreachable, an HTTP status, malformed, a metric missing…");

export const ZAppMetricsEndpointOut = z.object({
  url: z.string(),
  hasToken: z.boolean().describe("A bearer token is stored (sealed); it is never returned"),
  requestMetric: z.string(),
  statusLabel: z.string().nullable(),
  durationMetric: z.string(),
  scrapedAt: z.string().nullable().describe("ISO 8601 date-time of the last scrape"),
  problems: z.array(ZScrapeProblem).describe("The last scrape's faults; empty when it read everything"),
}) satisfies z.ZodType<AppMetricsEndpointDto>;

export const ZAppMetricsOut = z.object({
  service: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  endpoint: ZAppMetricsEndpointOut.nullable().describe("Null while the service has no metrics endpoint"),
  range: z.enum(["1h", "24h", "7d", "30d", "90d"]),
  from: z.string(),
  to: z.string(),
  stepSeconds: z.number().int(),
  requestRate: ZTrend.nullable().describe("app.request_rate: requests per second"),
  errorRate: ZTrend.nullable().describe("app.error_rate: percent of answers that were 5xx"),
  latency: z.array(ZTrend).describe("app.latency_p50, _p95 and _p99 in ms, labelled p50, p95, p99"),
}) satisfies z.ZodType<AppMetricsDto>;

export const ZAppMetricsRemovedOut = z.object({ removed: z.literal(true) });
