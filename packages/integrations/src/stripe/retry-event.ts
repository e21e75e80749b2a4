import type { JsonClient, RequestOptions } from "../http/json-client.ts";

/**
 * Asks Stripe to deliver `eventId` to one webhook endpoint again: POST /v1/events/{id}/retry with a
 * form-encoded `webhook_endpoint`, the call `stripe events resend --webhook-endpoint` makes. Stripe
 * does not document it, so callers present the outcome as best-effort.
 */
export async function retryEvent(
  http: JsonClient,
  eventId: string,
  endpointId: string,
  opts: Pick<RequestOptions, "signal" | "onWait"> = {},
): Promise<void> {
  await http.request("POST", `/v1/events/${encodeURIComponent(eventId)}/retry`, {
    form: { webhook_endpoint: endpointId },
    ...opts,
  });
}
