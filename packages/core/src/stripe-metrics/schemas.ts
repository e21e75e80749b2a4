import { z } from "zod";

/** The panels' ranges; points are hourly, so nothing shorter than a day. */
export const STRIPE_RANGES = ["24h", "7d", "30d", "90d"] as const;
export type TStripeRange = (typeof STRIPE_RANGES)[number];

export const ZGetStripeMetrics = z.object({
  range: z
    .enum(STRIPE_RANGES, { error: `Choose one of ${STRIPE_RANGES.join(", ")}` })
    .default("24h")
    .describe("The window of the charts"),
});
export type TGetStripeMetrics = z.input<typeof ZGetStripeMetrics>;
