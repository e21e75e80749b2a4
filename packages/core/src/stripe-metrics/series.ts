/** The Stripe metric series: one point per hour, at the hour's start, holding that hour's total. */
export const STRIPE_SERIES = {
  webhookFailures: "stripe.webhook_failures",
  chargesSucceeded: "stripe.charges_succeeded",
  chargesFailed: "stripe.charges_failed",
  /** Labelled with the currency too; in the currency's major unit (dollars, yen…). */
  revenue: "stripe.revenue",
} as const;
