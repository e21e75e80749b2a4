import { op } from "./openapi.ts";
import { ZStripeMetricsOut, ZStripeMetricsQuery } from "./stripe-metrics-schemas.ts";

/** The Stripe panels: charges, revenue and failed webhook deliveries per hour of each Stripe target. */
export const stripeMetricsOperations = {
  getStripeMetrics: op({
    method: "get",
    path: "/api/v1/stripe/metrics",
    summary:
      "Each Stripe target's charges succeeded and failed, revenue and failed webhook deliveries per hour over the range, with the target's problem (no key configured, key refused, rate limited, unreachable)",
    tag: "metrics",
    role: "VIEWER",
    query: ZStripeMetricsQuery,
    response: ZStripeMetricsOut,
  }),
};
