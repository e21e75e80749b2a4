import { createJsonClient, type HttpTuning } from "../http/json-client.ts";
import type { RunIo } from "../run-io.ts";
import { listFailedEvents, type ListFailedEventsInput } from "./list-failed-events.ts";
import { listWebhookEndpoints } from "./list-webhook-endpoints.ts";
import { replayEvents } from "./replay-events.ts";
import { retryEvent } from "./retry-event.ts";
import { stripeErrorMessage } from "./schemas.ts";
import type { FailedEvent, ReplayResult, WebhookEndpoint } from "./types.ts";

export const STRIPE_API_URL = "https://api.stripe.com";

export interface StripeWebhookReplayOptions {
  secretKey: string;
  baseUrl?: string;
  /** Cap on resend requests per second. Default 10, well under Stripe's 25/s sandbox limit. */
  maxRequestsPerSecond?: number;
  http?: HttpTuning;
}

export interface StripeWebhookReplay {
  listFailedEvents(input: ListFailedEventsInput): Promise<FailedEvent[]>;
  listWebhookEndpoints(opts?: { limit?: number; signal?: AbortSignal }): Promise<WebhookEndpoint[]>;
  /** Best-effort: Stripe's resend call is undocumented. Throws ProviderError when Stripe refuses. */
  retryEvent(eventId: string, endpointId: string, opts?: { signal?: AbortSignal }): Promise<void>;
  replayEvents(ids: readonly string[], endpointId: string, io: RunIo): Promise<ReplayResult[]>;
}

/** Finds Stripe events whose webhooks failed and resends them, over plain fetch so the base URL is configurable. */
export function stripeWebhookReplay(options: StripeWebhookReplayOptions): StripeWebhookReplay {
  const http = createJsonClient({
    service: "Stripe",
    baseUrl: options.baseUrl ?? STRIPE_API_URL,
    authorization: `Bearer ${options.secretKey}`,
    errorMessage: stripeErrorMessage,
    ...options.http,
  });
  return {
    listFailedEvents: (input) => listFailedEvents(http, input),
    listWebhookEndpoints: (opts) => listWebhookEndpoints(http, opts),
    retryEvent: (eventId, endpointId, opts) => retryEvent(http, eventId, endpointId, opts),
    replayEvents: (ids, endpointId, io) =>
      replayEvents(http, ids, endpointId, io, {
        perSecond: options.maxRequestsPerSecond ?? 10,
        sleep: options.http?.sleep,
      }),
  };
}
