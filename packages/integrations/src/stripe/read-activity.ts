import type Stripe from "stripe";
import { type StripeProblem, stripeProblemOf } from "./problem.ts";

/** A charge as the metrics need it: when, how it ended, and its amount in the currency's minor unit. */
export type ChargeActivity = { created: number; succeeded: boolean; amount: number; currency: string };

/** What happened on a Stripe account in a window (epoch seconds, `until` excluded). */
export type StripeActivity = {
  charges: ChargeActivity[];
  /** Creation times of the events whose webhook delivery failed (what the webhook replay resends). */
  failedDeliveries: number[];
};

export interface ReadStripeActivityOptions {
  secretKey: string;
  /** Stripe's API by default; a local server in tests. */
  baseUrl?: string;
  since: Date;
  until: Date;
  /** Retries of a rate-limited or dropped request (Stripe's backoff); default 2. */
  maxNetworkRetries?: number;
  timeoutMs?: number;
}

const CHARGE_EVENTS = ["charge.succeeded", "charge.failed"];
const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

/** A client of the `stripe` package pointed at `baseUrl`. */
function stripeClient(
  StripeClass: typeof Stripe,
  o: Pick<ReadStripeActivityOptions, "secretKey" | "baseUrl" | "maxNetworkRetries" | "timeoutMs">,
) {
  const url = new URL(o.baseUrl ?? "https://api.stripe.com");
  const protocol = url.protocol === "http:" ? "http" : "https";
  return new StripeClass(o.secretKey, {
    host: url.hostname,
    port: url.port ? Number(url.port) : protocol === "http" ? 80 : 443,
    protocol,
    maxNetworkRetries: o.maxNetworkRetries ?? 2,
    timeout: o.timeoutMs ?? 20_000,
  });
}

const chargeOf = (e: Stripe.Event): ChargeActivity | null => {
  const c = e.data.object as Partial<Stripe.Charge>;
  if (typeof c.amount !== "number" || typeof c.currency !== "string") return null;
  return { created: e.created, succeeded: e.type === "charge.succeeded", amount: c.amount, currency: c.currency };
};

/**
 * Charges that succeeded or failed, and events whose webhooks failed, in a window: read from Stripe's
 * events (30 days kept) with auto-pagination. A fault comes back as a problem, never thrown.
 */
export async function readStripeActivity(
  o: ReadStripeActivityOptions,
): Promise<{ ok: true; data: StripeActivity } | { ok: false; problem: StripeProblem }> {
  // Loaded with the first read: a worker without Stripe targets does not hold the package.
  const { default: StripeClass } = await import("stripe");
  const stripe = stripeClient(StripeClass, o);
  const created = { gte: seconds(o.since), lt: seconds(o.until) };
  try {
    const charges: ChargeActivity[] = [];
    for await (const e of stripe.events.list({ types: CHARGE_EVENTS, created, limit: 100 })) {
      const c = chargeOf(e);
      if (c) charges.push(c);
    }
    const failedDeliveries: number[] = [];
    for await (const e of stripe.events.list({ delivery_success: false, created, limit: 100 }))
      failedDeliveries.push(e.created);
    return { ok: true, data: { charges, failedDeliveries } };
  } catch (err) {
    return { ok: false, problem: stripeProblemOf(err, o.baseUrl ?? "api.stripe.com", StripeClass.errors) };
  }
}
