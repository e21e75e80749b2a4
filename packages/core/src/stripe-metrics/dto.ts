import type { StripeProblem } from "@opsdeck/integrations";
import type { TrendSeries } from "../database/dto.ts";
import type { TStripeRange } from "./schemas.ts";

export type { StripeProblem, TrendSeries };

/** One Stripe target's panels: its charts, and why they may be empty or stale. */
export type StripeTargetMetricsDto = {
  id: string;
  name: string;
  service: { slug: string; name: string } | null;
  /** When the reader last tried this target; null before its first read. */
  sampledAt: string | null;
  /** No key configured, or the last read's fault; null when the last read succeeded. */
  problem: StripeProblem | null;
  charts: {
    chargesSucceeded: TrendSeries;
    chargesFailed: TrendSeries;
    webhookFailures: TrendSeries;
    /** One series per currency, in major units. */
    revenue: TrendSeries[];
  };
};

export type StripeMetricsDto = {
  range: TStripeRange;
  from: string;
  to: string;
  /** Width of a chart's bucket; past an hour a bucket shows the average per hour. */
  stepSeconds: number;
  readAt: string;
  targets: StripeTargetMetricsDto[];
};
