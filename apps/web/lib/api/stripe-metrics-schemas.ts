import type { StripeMetricsDto } from "@opsdeck/core/stripe-metrics/dto";
import { STRIPE_RANGES, ZGetStripeMetrics } from "@opsdeck/core/stripe-metrics/schemas";
import { STRIPE_PROBLEM_CODES } from "@opsdeck/integrations/stripe/problem";
import { z } from "zod";

/* Request and response schemas of the Stripe metrics route. */

export const ZStripeMetricsQuery = ZGetStripeMetrics;

const ZIsoDate = z.string().describe("ISO 8601 date-time");
const ZTrend = z.object({
  label: z.string(),
  points: z.array(z.object({ at: ZIsoDate, value: z.number().nullable() })),
});

export const ZStripeMetricsOut = z.object({
  range: z.enum(STRIPE_RANGES),
  from: ZIsoDate,
  to: ZIsoDate,
  stepSeconds: z.number().int().describe("A bucket's width; past an hour a bucket holds the average per hour"),
  readAt: ZIsoDate,
  targets: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        service: z.object({ slug: z.string(), name: z.string() }).nullable(),
        sampledAt: ZIsoDate.nullable().describe("When the worker last read the target"),
        problem: z
          .object({ code: z.enum(STRIPE_PROBLEM_CODES), message: z.string() })
          .nullable()
          .describe("No key configured, or the last read's fault (key refused, rate limited, unreachable…)"),
        charts: z.object({
          chargesSucceeded: ZTrend,
          chargesFailed: ZTrend,
          webhookFailures: ZTrend.describe("Events whose webhook delivery failed, by the hour they were created"),
          revenue: z
            .array(ZTrend)
            .describe("Succeeded charges' amounts per hour in major units, one series per currency"),
        }),
      }),
    )
    .describe("Every Stripe target (a handful), unpaged"),
}) satisfies z.ZodType<StripeMetricsDto>;
