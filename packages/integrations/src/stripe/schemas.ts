import { z } from "zod";

/** Stripe's list envelope. */
export const zStripeList = <T extends z.ZodType>(item: T) =>
  z.object({ object: z.literal("list"), data: z.array(item), has_more: z.boolean(), url: z.string() });

export const ZStripeEvent = z.object({
  id: z.string(),
  type: z.string(),
  created: z.number(),
  pending_webhooks: z.number().optional(),
});

export const ZWebhookEndpoint = z.object({
  id: z.string(),
  url: z.string(),
  status: z.string(),
  enabled_events: z.array(z.string()),
});

/** Stripe errors are `{ error: { type, code?, message } }`. */
export function stripeErrorMessage(body: unknown): string | null {
  const parsed = z
    .object({
      error: z.object({ message: z.string().optional(), type: z.string().optional(), code: z.string().optional() }),
    })
    .safeParse(body);
  if (!parsed.success) return null;
  const { message, type, code } = parsed.data.error;
  const tag = code ?? type;
  if (!message) return tag ?? null;
  return tag ? `${message.replace(/\.$/, "")} [${tag}]` : message;
}
