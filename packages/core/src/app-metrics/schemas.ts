import { z } from "zod";
import { HEALTH_RANGES } from "../check/schemas.ts";
import { DEFAULT_METRIC_NAMES } from "./series.ts";

const metricName = (what: string, fallback: string) =>
  z
    .string({ error: `Name the ${what}` })
    .trim()
    .max(200, "Use at most 200 characters")
    .regex(/^[a-zA-Z_:][a-zA-Z0-9_:]*$/, "Use a Prometheus metric name: letters, digits, _ and :")
    .nullish()
    .transform((v) => v || fallback);

export const ZMetricsUrl = z
  .string({ error: "Enter the metrics URL" })
  .trim()
  .min(1, "Enter the metrics URL")
  .max(2000, "Use at most 2000 characters")
  .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), "Use an http:// or https:// URL")
  .refine(
    (v) => !URL.canParse(v) || (!new URL(v).username && !new URL(v).password),
    "Give credentials as the bearer token, not in the URL",
  );

export const ZAppMetricsFields = z.object({
  url: ZMetricsUrl,
  /** Left out keeps the stored token; "" or null removes it. Never read back. */
  token: z.string().max(4000, "Use at most 4000 characters").nullish(),
  requestMetric: metricName("request counter", DEFAULT_METRIC_NAMES.requestMetric).describe(
    `A counter of requests; defaults to ${DEFAULT_METRIC_NAMES.requestMetric}`,
  ),
  statusLabel: z
    .string()
    .trim()
    .max(100, "Use at most 100 characters")
    .regex(/^([a-zA-Z_][a-zA-Z0-9_]*)?$/, "Use a label name: letters, digits and _")
    .nullish()
    .transform((v) => v || null)
    .describe('The label holding the HTTP status; left out tries "code", then "status"'),
  durationMetric: metricName("duration histogram", DEFAULT_METRIC_NAMES.durationMetric).describe(
    `A histogram of request durations (seconds, or milliseconds when named …_milliseconds or …_ms); defaults to ${DEFAULT_METRIC_NAMES.durationMetric}`,
  ),
});

export const ZSetAppMetrics = ZAppMetricsFields.extend({ serviceSlug: z.string().trim().min(1, "Choose a service") });
export type TSetAppMetrics = z.input<typeof ZSetAppMetrics>;

export const ZServiceRef = z.object({ serviceSlug: z.string().trim().min(1, "Choose a service") });
export type TServiceRef = z.input<typeof ZServiceRef>;

export const ZGetAppMetrics = ZServiceRef.extend({
  range: z.enum(HEALTH_RANGES, { error: `Use one of ${HEALTH_RANGES.join(", ")}` }).default("24h"),
});
export type TGetAppMetrics = z.input<typeof ZGetAppMetrics>;
