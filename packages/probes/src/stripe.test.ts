import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runStripeProbe } from "./stripe.ts";
import { closedPort, type Running, start } from "./testing/servers.ts";

const GOOD = "rk_test_51Good000000000000";

function mask(key: string): string {
  return `${key.slice(0, 8)}${"*".repeat(Math.max(0, key.length - 12))}${key.slice(-4)}`;
}

/** Stands in for api.stripe.com, following its documented GET /v1/balance contract. */
function fakeStripe(seen: http.IncomingHttpHeaders[]) {
  return http.createServer((req, res) => {
    seen.push(req.headers);
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json", "request-id": "req_test123" });
      res.end(JSON.stringify(body));
    };
    const key = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1] ?? "";
    if (req.method !== "GET" || req.url !== "/v1/balance") {
      return json(404, {
        error: { type: "invalid_request_error", message: `Unrecognized request URL (${req.method}: ${req.url}).` },
      });
    }
    switch (key) {
      case GOOD:
        return json(200, {
          object: "balance",
          available: [{ amount: 1200, currency: "eur", source_types: { card: 1200 } }],
          pending: [{ amount: 0, currency: "eur", source_types: { card: 0 } }],
          livemode: false,
        });
      case "rk_test_noperm000000":
        return json(403, {
          error: {
            type: "invalid_request_error",
            message: `The provided key '${mask(key)}' does not have the required permissions for this endpoint. Having the 'rak_balance_read' permission would allow this request to continue.`,
          },
        });
      case "rk_test_throttled000":
        return json(429, {
          error: { type: "invalid_request_error", code: "rate_limit", message: "Request rate limit exceeded." },
        });
      case "rk_test_broken000000":
        return json(500, { error: { type: "api_error", message: "An unknown error occurred" } });
      case "rk_test_hang00000000":
        return;
      default:
        return json(401, {
          error: { type: "invalid_request_error", message: `Invalid API Key provided: ${mask(key)}` },
        });
    }
  });
}

describe("runStripeProbe against a local Stripe stand-in", () => {
  const seen: http.IncomingHttpHeaders[] = [];
  let server: Running;
  let baseUrl: string;
  const run = (key: string, extra: { timeoutMs?: number; signal?: AbortSignal } = {}) =>
    runStripeProbe({ apiKeySecret: "STRIPE_KEY", baseUrl, timeoutMs: extra.timeoutMs }, extra.signal, {
      STRIPE_KEY: key,
    });

  beforeAll(async () => {
    server = await start(fakeStripe(seen));
    baseUrl = `http://127.0.0.1:${server.port}`;
  });
  afterAll(() => server.close());

  it("is UP when the balance can be read", async () => {
    const result = await run(GOOD);
    expect(result.status).toBe("UP");
    expect(result.message).toBe(`Stripe API answered in ${result.latencyMs} ms (test mode)`);
    expect(result.details).toEqual({ livemode: false, currencies: ["eur"] });
    expect(seen.at(-1)?.authorization).toBe(`Bearer ${GOOD}`);
  });

  it("is DOWN with a clear message when the key is rejected", async () => {
    const result = await run("rk_test_revoked99999");
    expect(result).toMatchObject({ status: "DOWN", code: "AUTH_FAILED", details: { statusCode: 401 } });
    expect(result.message).toBe("Stripe rejected the API key: Invalid API Key provided: rk_test_********9999");
  });

  it("is DOWN when the restricted key lacks the balance permission", async () => {
    const result = await run("rk_test_noperm000000");
    expect(result).toMatchObject({ status: "DOWN", code: "PERMISSION_DENIED", details: { statusCode: 403 } });
    expect(result.message).toContain("rak_balance_read");
  });

  it("is DEGRADED when rate limited, DOWN on a server error, without retrying", async () => {
    const before = seen.length;
    const limited = await run("rk_test_throttled000");
    expect(limited).toMatchObject({
      status: "DEGRADED",
      code: "RATE_LIMITED",
      message: "Stripe is rate limiting this key (429): Request rate limit exceeded.",
    });
    const broken = await run("rk_test_broken000000");
    expect(broken).toMatchObject({
      status: "DOWN",
      code: "UPSTREAM_ERROR",
      message: "Stripe API error 500: An unknown error occurred",
    });
    expect(seen.length - before).toBe(2);
  });

  it("says which secret is missing", async () => {
    const result = await runStripeProbe({ apiKeySecret: "STRIPE_KEY", baseUrl }, undefined, {});
    expect(result).toMatchObject({
      status: "DOWN",
      code: "MISSING_SECRET",
      message: 'Secret "STRIPE_KEY" holding the Stripe API key is not set',
    });
  });

  it("reports a refused connection", async () => {
    const port = await closedPort();
    const result = await runStripeProbe({ apiKeySecret: "K", baseUrl: `http://127.0.0.1:${port}` }, undefined, {
      K: GOOD,
    });
    expect(result).toMatchObject({ status: "DOWN", code: "CONNECTION_REFUSED" });
  });

  it("times out when the API never answers", async () => {
    const started = performance.now();
    const result = await run("rk_test_hang00000000", { timeoutMs: 300 });
    const took = performance.now() - started;
    expect(result).toMatchObject({ status: "DOWN", code: "TIMEOUT" });
    expect(took).toBeGreaterThanOrEqual(290);
    expect(took).toBeLessThan(500);
  });

  it("stops when the caller aborts", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const result = await run("rk_test_hang00000000", { timeoutMs: 5000, signal: controller.signal });
    expect(result).toMatchObject({ status: "DOWN", code: "ABORTED" });
    expect(result.latencyMs).toBeLessThan(300);
  });
});
