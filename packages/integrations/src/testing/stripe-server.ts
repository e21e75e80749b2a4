import { type ContractServer, type Incoming, type Reply, startContractServer } from "./contract-server.ts";
import { bearerToken, dispatch, type Route } from "./routes.ts";

export interface StripeSeedEvent {
  id: string;
  type: string;
  /** Epoch seconds, as Stripe sends it. */
  created: number;
  /** Whether every webhook delivery of this event succeeded (what `delivery_success` filters on). */
  deliverySuccess: boolean;
  data?: Record<string, unknown>;
}

export interface StripeSeedEndpoint {
  id: string;
  url: string;
  status?: "enabled" | "disabled";
  enabled_events?: string[];
  created?: number;
}

export interface StripeServerOptions {
  port?: number;
  /** The only secret key accepted. */
  secretKey: string;
  /** A restricted key that authenticates but may not read events (Stripe answers 403). */
  keyWithoutEvents?: string;
  events: StripeSeedEvent[];
  endpoints: StripeSeedEndpoint[];
  /** Failure mode: retrying these events answers 400 and leaves them undelivered. */
  failRetryFor?: string[];
}

export interface StripeServerState {
  events: StripeSeedEvent[];
  failRetryFor: Set<string>;
  /** Every accepted retry, in order. */
  retries: { eventId: string; endpointId: string }[];
}

export interface StripeServer extends ContractServer {
  readonly state: StripeServerState;
}

const err = (status: number, type: string, message: string, extra: Record<string, string> = {}): Reply => ({
  status,
  body: { error: { type, message, ...extra } },
});

/**
 * Local stand-in for api.stripe.com: GET /v1/events (delivery_success, created[gte|gt|lte|lt],
 * type or types[] / types[N], starting_after), GET /v1/webhook_endpoints, and POST /v1/events/{id}/retry with a
 * form-encoded `webhook_endpoint` (the call `stripe events resend` makes). Lists use Stripe's
 * `{ object: "list", data, has_more, url }`; errors `{ error: { type, code?, message } }`; bad keys 401.
 */
export async function startStripeServer(options: StripeServerOptions): Promise<StripeServer> {
  const state: StripeServerState = {
    events: options.events.map((e) => ({ ...e })),
    failRetryFor: new Set(options.failRetryFor ?? []),
    retries: [],
  };
  const endpoints = options.endpoints.map((e, i) => ({
    id: e.id,
    object: "webhook_endpoint",
    url: e.url,
    status: e.status ?? "enabled",
    enabled_events: e.enabled_events ?? ["*"],
    api_version: null,
    created: e.created ?? 1_700_000_000 - i,
    livemode: false,
    description: null,
    metadata: {},
  }));
  const eventBody = (e: StripeSeedEvent) => ({
    id: e.id,
    object: "event",
    api_version: "2025-01-27.acacia",
    created: e.created,
    data: { object: e.data ?? {} },
    livemode: false,
    pending_webhooks: e.deliverySuccess ? 0 : 1,
    request: { id: null, idempotency_key: null },
    type: e.type,
  });

  function page<T extends { id: string }>(rows: T[], req: Incoming, url: string): Reply {
    const limit = Number(req.query.get("limit") ?? 10);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
      return err(400, "invalid_request_error", "Invalid integer: limit must be between 1 and 100", { param: "limit" });
    }
    const after = req.query.get("starting_after");
    let from = 0;
    if (after) {
      const at = rows.findIndex((r) => r.id === after);
      if (at < 0) return err(400, "invalid_request_error", `No such object: '${after}'`, { code: "resource_missing" });
      from = at + 1;
    }
    const data = rows.slice(from, from + limit);
    return { status: 200, body: { object: "list", data, has_more: from + limit < rows.length, url } };
  }

  function listEvents(req: Incoming): Reply {
    const q = req.query;
    // `types[]=a` as curl sends it, `types[0]=a` as the stripe package does.
    const types = [...q.entries()].filter(([k]) => /^types\[\d*\]$/.test(k)).map(([, v]) => v);
    if (types.length > 20)
      return err(400, "invalid_request_error", "types may contain at most 20 entries", { param: "types" });
    if (types.length && q.get("type")) {
      return err(400, "invalid_request_error", "You may only specify one of these parameters: type, types.");
    }
    const bound = (op: string) => (q.get(`created[${op}]`) === null ? null : Number(q.get(`created[${op}]`)));
    const [gte, gt, lte, lt] = [bound("gte"), bound("gt"), bound("lte"), bound("lt")];
    const delivery = q.get("delivery_success");
    const rows = state.events
      .filter(
        (e) =>
          (delivery === null || String(e.deliverySuccess) === delivery) &&
          (gte === null || e.created >= gte) &&
          (gt === null || e.created > gt) &&
          (lte === null || e.created <= lte) &&
          (lt === null || e.created < lt) &&
          (!q.get("type") || e.type === q.get("type")) &&
          (!types.length || types.includes(e.type)),
      )
      .sort((a, b) => b.created - a.created || b.id.localeCompare(a.id))
      .map(eventBody);
    return page(rows, req, "/v1/events");
  }

  function retry(req: Incoming, eventId: string): Reply {
    if (!String(req.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded")) {
      return err(400, "invalid_request_error", "Stripe API requests must be form-encoded.");
    }
    const endpointId = new URLSearchParams(req.body).get("webhook_endpoint");
    const event = state.events.find((e) => e.id === eventId);
    if (!event) return err(404, "invalid_request_error", `No such event: '${eventId}'`, { code: "resource_missing" });
    if (!endpointId) {
      return err(400, "invalid_request_error", "Missing required param: webhook_endpoint.", {
        code: "parameter_missing",
        param: "webhook_endpoint",
      });
    }
    const endpoint = endpoints.find((e) => e.id === endpointId);
    if (!endpoint) {
      return err(404, "invalid_request_error", `No such webhook endpoint: '${endpointId}'`, {
        code: "resource_missing",
      });
    }
    if (endpoint.status !== "enabled" || state.failRetryFor.has(eventId)) {
      return err(400, "invalid_request_error", `Event ${eventId} could not be resent to ${endpointId}.`);
    }
    event.deliverySuccess = true;
    state.retries.push({ eventId, endpointId });
    return { status: 200, body: eventBody(event) };
  }

  const routes: Route[] = [
    { method: "GET", pattern: /^\/v1\/events$/, handle: listEvents },
    {
      method: "GET",
      pattern: /^\/v1\/webhook_endpoints$/,
      handle: (req) =>
        page(
          [...endpoints].sort((a, b) => b.created - a.created),
          req,
          "/v1/webhook_endpoints",
        ),
    },
    { method: "POST", pattern: /^\/v1\/events\/([^/]+)\/retry$/, handle: (req, [id]) => retry(req, id ?? "") },
  ];

  function handle(req: Incoming): Reply | Promise<Reply> {
    const key = bearerToken(req);
    if (!key) {
      return err(
        401,
        "invalid_request_error",
        "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
      );
    }
    if (key !== options.secretKey && key !== options.keyWithoutEvents) {
      return err(401, "invalid_request_error", `Invalid API Key provided: ${key.slice(0, 8)}****${key.slice(-4)}`);
    }
    if (key === options.keyWithoutEvents && req.path.startsWith("/v1/events")) {
      return err(
        403,
        "invalid_request_error",
        "The provided key 'rk_test_****' does not have the required permissions for this endpoint on account 'acct_local'. Having the 'rak_event_read' permission would allow this request to continue.",
      );
    }
    return dispatch(
      routes,
      req,
      () => err(404, "invalid_request_error", `Unrecognized request URL (${req.method}: ${req.path}).`),
      () => err(404, "invalid_request_error", `Unrecognized request URL (${req.method}: ${req.path}).`),
    );
  }

  const server = await startContractServer({
    port: options.port,
    handle,
    rateLimited: ({ retryAfter }) => ({
      status: 429,
      headers: { "stripe-should-retry": "true", ...(retryAfter ? { "retry-after": retryAfter } : {}) },
      body: {
        error: {
          type: "invalid_request_error",
          code: "rate_limit",
          message:
            "Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.",
        },
      },
    }),
  });
  return Object.assign(server, { state });
}
