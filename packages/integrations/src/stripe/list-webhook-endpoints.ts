import type { JsonClient } from "../http/json-client.ts";
import { listPages } from "./list-pages.ts";
import { ZWebhookEndpoint } from "./schemas.ts";
import type { WebhookEndpoint } from "./types.ts";

export async function listWebhookEndpoints(
  http: JsonClient,
  { limit = 100, signal }: { limit?: number; signal?: AbortSignal } = {},
): Promise<WebhookEndpoint[]> {
  const endpoints = await listPages(http, "/v1/webhook_endpoints", ZWebhookEndpoint, { limit, signal });
  return endpoints.map((e) => ({ id: e.id, url: e.url, status: e.status, enabledEvents: e.enabled_events }));
}
