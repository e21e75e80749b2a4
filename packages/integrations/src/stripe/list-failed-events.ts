import type { JsonClient } from "../http/json-client.ts";
import { ProviderError } from "../deploy/types.ts";
import { listPages } from "./list-pages.ts";
import { ZStripeEvent } from "./schemas.ts";
import type { FailedEvent } from "./types.ts";

export interface ListFailedEventsInput {
  since: Date;
  until: Date;
  /** At most 20 event types, as Stripe allows. */
  types?: string[];
  limit?: number;
  signal?: AbortSignal;
}

const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

/** Events in the window whose webhook delivery failed, newest first (Stripe keeps 30 days of events). */
export async function listFailedEvents(http: JsonClient, input: ListFailedEventsInput): Promise<FailedEvent[]> {
  if (input.types && input.types.length > 20) {
    throw new ProviderError(`Stripe filters on at most 20 event types at once (${input.types.length} given).`);
  }
  const events = await listPages(http, "/v1/events", ZStripeEvent, {
    query: {
      delivery_success: false,
      created: { gte: seconds(input.since), lte: seconds(input.until) },
      types: input.types?.length ? input.types : undefined,
    },
    limit: input.limit ?? 100,
    signal: input.signal,
  });
  return events.map((e) => ({
    id: e.id,
    type: e.type,
    createdAt: new Date(e.created * 1000).toISOString(),
    pendingWebhooks: e.pending_webhooks ?? null,
  }));
}
