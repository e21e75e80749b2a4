import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { recordingIo } from "../run-io.ts";
import { type StripeServer, startStripeServer } from "../testing/stripe-server.ts";
import { stripeWebhookReplay } from "./client.ts";

const KEY = "sk_test_51replaykey0000wxyz";
const DAY = Date.UTC(2026, 10, 20) / 1000;
let server: StripeServer;

beforeEach(async () => {
  server = await startStripeServer({
    secretKey: KEY,
    events: [
      ...Array.from({ length: 105 }, (_, i) => ({
        id: `evt_fail_${String(i).padStart(3, "0")}`,
        type: i % 2 ? "invoice.paid" : "checkout.session.completed",
        created: DAY + i,
        deliverySuccess: false,
      })),
      { id: "evt_ok", type: "invoice.paid", created: DAY + 500, deliverySuccess: true },
      { id: "evt_old", type: "invoice.paid", created: DAY - 86_400, deliverySuccess: false },
    ],
    endpoints: [
      { id: "we_shop", url: "https://shop.example/api/stripe", enabled_events: ["invoice.paid"], created: 2 },
      { id: "we_old", url: "https://old.example/hook", status: "disabled", created: 1 },
    ],
    failRetryFor: ["evt_fail_002"],
  });
});
afterEach(() => server.close());

const client = (overrides: Partial<Parameters<typeof stripeWebhookReplay>[0]> = {}) =>
  stripeWebhookReplay({ secretKey: KEY, baseUrl: server.url, http: { sleep: async () => {} }, ...overrides });
const window = { since: new Date(DAY * 1000), until: new Date((DAY + 3600) * 1000) };

describe("stripeWebhookReplay", () => {
  it("lists failed events in the window across pages with starting_after", async () => {
    const events = await client().listFailedEvents({ ...window, limit: 500 });

    expect(events).toHaveLength(105);
    expect(events[0]).toEqual({
      id: "evt_fail_104",
      type: "checkout.session.completed",
      createdAt: new Date((DAY + 104) * 1000).toISOString(),
      pendingWebhooks: 1,
    });
    const [first, second] = server.calls;
    expect(first?.query.get("delivery_success")).toBe("false");
    expect(first?.query.get("created[gte]")).toBe(String(DAY));
    expect(first?.query.get("created[lte]")).toBe(String(DAY + 3600));
    expect(first?.query.get("limit")).toBe("100");
    expect(second?.query.get("starting_after")).toBe("evt_fail_005");
    expect(server.calls).toHaveLength(2);
  });

  it("filters on event types with types[]", async () => {
    const events = await client().listFailedEvents({ ...window, types: ["invoice.paid"], limit: 3 });
    expect(events.map((e) => e.id)).toEqual(["evt_fail_103", "evt_fail_101", "evt_fail_099"]);
    expect(server.calls[0]?.query.getAll("types[]")).toEqual(["invoice.paid"]);
  });

  it("refuses more than 20 types before calling Stripe", async () => {
    const types = Array.from({ length: 21 }, (_, i) => `type.${i}`);
    await expect(client().listFailedEvents({ ...window, types })).rejects.toThrow(/at most 20 event types/);
    expect(server.calls).toHaveLength(0);
  });

  it("lists webhook endpoints", async () => {
    expect(await client().listWebhookEndpoints()).toEqual([
      { id: "we_shop", url: "https://shop.example/api/stripe", status: "enabled", enabledEvents: ["invoice.paid"] },
      { id: "we_old", url: "https://old.example/hook", status: "disabled", enabledEvents: ["*"] },
    ]);
  });

  it("resends one event with a form-encoded webhook_endpoint", async () => {
    await client().retryEvent("evt_fail_000", "we_shop");
    const call = server.calls[0];
    expect(call?.path).toBe("/v1/events/evt_fail_000/retry");
    expect(call?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(call?.body).toBe("webhook_endpoint=we_shop");
    expect(server.state.retries).toEqual([{ eventId: "evt_fail_000", endpointId: "we_shop" }]);
  });

  it("replays in order, waits out a 429, reports the failing event and carries on", async () => {
    server.rateLimitNext(1, { retryAfter: "1" });
    const io = recordingIo();
    const results = await client().replayEvents(
      ["evt_fail_000", "evt_fail_001", "evt_fail_002", "evt_fail_003"],
      "we_shop",
      io,
    );

    expect(results.map((r) => [r.id, r.ok, r.status])).toEqual([
      ["evt_fail_000", true, 200],
      ["evt_fail_001", true, 200],
      ["evt_fail_002", false, 400],
      ["evt_fail_003", true, 200],
    ]);
    expect(results[2]?.message).toBe(
      "Stripe refused POST /v1/events/evt_fail_002/retry (HTTP 400): Event evt_fail_002 could not be resent to we_shop [invalid_request_error].",
    );
    expect(io.lines).toContain(
      "Stripe rate-limited POST /v1/events/evt_fail_000/retry: waiting 1.0 s as Retry-After asks, retry 1 of 3",
    );
    expect(io.lines.at(-1)).toBe("Resent 3 of 4 event(s) to we_shop; 1 failed");
    expect(io.lines[0]).toMatch(/best-effort/);
    expect(io.fractions).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(server.state.retries.map((r) => r.eventId)).toEqual(["evt_fail_000", "evt_fail_001", "evt_fail_003"]);
    const remaining = await client().listFailedEvents({ ...window, limit: 200 });
    expect(remaining.map((e) => e.id)).toContain("evt_fail_002");
    expect(remaining.map((e) => e.id)).not.toContain("evt_fail_000");
  });

  it("caps resend requests per second", async () => {
    const ids = ["evt_fail_010", "evt_fail_011", "evt_fail_012", "evt_fail_013"];
    const started = Date.now();
    await stripeWebhookReplay({ secretKey: KEY, baseUrl: server.url, maxRequestsPerSecond: 10 }).replayEvents(
      ids,
      "we_shop",
      recordingIo(),
    );
    // Four requests at 10/s start at 0, 100, 200 and 300 ms; arrival times carry connection jitter.
    const last = server.calls.at(-1)?.at ?? 0;
    expect(last - started).toBeGreaterThanOrEqual(290);
    expect(server.calls).toHaveLength(4);
  });

  it("reports a wrong key without repeating it", async () => {
    const err = await client({ secretKey: "sk_test_wrongkey1234" })
      .listWebhookEndpoints()
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 401 });
    expect((err as Error).message).toMatch(
      /^Stripe refused GET \/v1\/webhook_endpoints \(HTTP 401\): Invalid API Key provided: sk_test_\*\*\*\*1234 \[invalid_request_error\]\. Check the API token/,
    );
    expect((err as Error).message).not.toContain("sk_test_wrongkey1234");
  });

  it("stops replaying when the run is cancelled", async () => {
    const controller = new AbortController();
    const io = recordingIo(controller.signal);
    const running = stripeWebhookReplay({ secretKey: KEY, baseUrl: server.url, maxRequestsPerSecond: 10 }).replayEvents(
      ["evt_fail_020", "evt_fail_021", "evt_fail_022", "evt_fail_023", "evt_fail_024"],
      "we_shop",
      io,
    );
    setTimeout(() => controller.abort(new Error("run cancelled")), 150);
    await expect(running).rejects.toThrow("run cancelled");
    expect(server.state.retries.length).toBeLessThan(5);
  });
});
