import {
  type FailedEvent,
  type StripeWebhookReplay,
  stripeWebhookReplay,
  type WebhookEndpoint,
} from "@opsdeck/integrations";
import { z } from "zod";
import type { ServiceCall } from "../call.ts";
import { ValidationError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import type { ZStripeConfig } from "./target-config.ts";
import { type ActionDeps, configOf, credentialOf, loadTarget, type TargetRow } from "./targets.ts";
import { fromProvider } from "./upstream.ts";

export async function stripeFor(
  db: ServiceCall<unknown>["db"],
  deps: ActionDeps,
  target: TargetRow,
): Promise<StripeWebhookReplay> {
  if (target.kind !== "STRIPE") throw new ValidationError({ id: ["This target is not a Stripe account"] });
  const c = configOf<z.output<typeof ZStripeConfig>>(target);
  return stripeWebhookReplay({ secretKey: await credentialOf(db, deps, target), baseUrl: c.apiBaseUrl });
}

export const ZFailedEventsQuery = z.object({
  id: z.string().trim().min(1).max(100),
  /** Hours back from now (default a day, at most Stripe's 30 days of events). */
  hours: z.coerce.number().int().min(1).max(720).default(24),
  type: z
    .string()
    .trim()
    .regex(/^[a-z_.*]+$/, "An event type like invoice.payment_failed")
    .max(100)
    .optional(),
});

/** A Stripe target's events whose webhook delivery failed, in a time window, and its endpoints (RESPONDER). */
export async function listFailedWebhooks({
  db,
  ctx,
  input,
  deps,
  now = new Date(),
}: ServiceCall<z.input<typeof ZFailedEventsQuery>> & { deps: ActionDeps }): Promise<{
  events: FailedEvent[];
  endpoints: WebhookEndpoint[];
}> {
  assertRole(ctx, "RESPONDER");
  const q = parseInput(ZFailedEventsQuery, input);
  const stripe = await stripeFor(db, deps, await loadTarget(db, q.id));
  const [events, endpoints] = await fromProvider(
    "Stripe",
    (signal) =>
      Promise.all([
        stripe.listFailedEvents({
          since: new Date(now.getTime() - q.hours * 3_600_000),
          until: now,
          types: q.type ? [q.type] : undefined,
          limit: 500,
          signal,
        }),
        stripe.listWebhookEndpoints({ signal }),
      ]),
    20_000,
  );
  return { events, endpoints };
}
