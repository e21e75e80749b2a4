import http from "node:http";
import https from "node:https";
import type Stripe from "stripe";
import { createDeadline, onAbort, raceAbort } from "./abort.ts";
import { classifyError, deadlineResult, invalidConfigResult } from "./errors.ts";
import { elapsedMs, type ProbeResult, probeResult } from "./result.ts";
import { type ProbeInput, type StripeCheckInput, ZStripeCheckConfig } from "./schemas.ts";

export const STRIPE_API_URL = "https://api.stripe.com";

/** Stripe masks keys in its own messages; a proxy or stand-in might not. */
function redact(message: string, key: string): string {
  return key.length > 8 ? message.split(key).join(`${key.slice(0, 8)}…`) : message;
}

function stripeFailure(
  errors: typeof Stripe.errors,
  err: unknown,
  key: string,
  host: string,
  latencyMs: number,
): ProbeResult {
  if (err instanceof errors.StripeConnectionError) {
    const cause = err.detail instanceof Error ? err.detail : err;
    const { code, message } = classifyError(cause, host);
    return probeResult("DOWN", latencyMs, message, { code });
  }
  if (!(err instanceof errors.StripeError)) {
    const { code, message } = classifyError(err, host);
    return probeResult("DOWN", latencyMs, message, { code });
  }
  const status = err.statusCode;
  const said = redact(err.message, key);
  const details = { statusCode: status ?? null, stripeType: err.type, requestId: err.requestId ?? null };
  if (err instanceof errors.StripeAuthenticationError) {
    return probeResult("DOWN", latencyMs, `Stripe rejected the API key: ${said}`, { code: "AUTH_FAILED", details });
  }
  if (err instanceof errors.StripePermissionError) {
    return probeResult("DOWN", latencyMs, `The Stripe key may not read the balance: ${said}`, {
      code: "PERMISSION_DENIED",
      details,
    });
  }
  if (err instanceof errors.StripeRateLimitError) {
    return probeResult("DEGRADED", latencyMs, `Stripe is rate limiting this key (429): ${said}`, {
      code: "RATE_LIMITED",
      details,
    });
  }
  return probeResult("DOWN", latencyMs, `Stripe API error${status ? ` ${status}` : ""}: ${said}`, {
    code: "UPSTREAM_ERROR",
    details,
  });
}

/**
 * Stripe reachability with a (restricted) key: one GET /v1/balance, no retries.
 * Latency is that request's round trip.
 */
export async function runStripeProbe(
  input: ProbeInput<StripeCheckInput>,
  signal?: AbortSignal,
  secrets: Readonly<Record<string, string>> = {},
): Promise<ProbeResult> {
  const parsed = ZStripeCheckConfig.safeParse({ ...input, kind: "stripe" });
  if (!parsed.success) return invalidConfigResult(parsed.error);
  const config = parsed.data;
  const key = secrets[config.apiKeySecret];
  if (!key) {
    return probeResult("DOWN", 0, `Secret "${config.apiKeySecret}" holding the Stripe API key is not set`, {
      code: "MISSING_SECRET",
    });
  }
  const base = new URL(config.baseUrl ?? STRIPE_API_URL);
  const protocol = base.protocol === "http:" ? "http" : "https";
  // A private agent per run, so aborting can destroy exactly this request's socket.
  const agent = protocol === "http" ? new http.Agent() : new https.Agent();
  // Loaded with the first Stripe check: workers without one do not hold the package.
  const { default: StripeClass } = await import("stripe");
  const stripe = new StripeClass(key, {
    host: base.hostname,
    port: base.port || (protocol === "http" ? 80 : 443),
    protocol,
    timeout: config.timeoutMs,
    maxNetworkRetries: 0,
    telemetry: false,
    httpAgent: agent,
  });
  const deadline = createDeadline(config.timeoutMs, signal);
  const startedAt = performance.now();
  const offAbort = onAbort(deadline.signal, () => agent.destroy());
  try {
    const balance = await raceAbort(stripe.balance.retrieve(), deadline.signal);
    const latencyMs = elapsedMs(startedAt);
    const mode = balance.livemode ? "live" : "test";
    return probeResult("UP", latencyMs, `Stripe API answered in ${latencyMs} ms (${mode} mode)`, {
      details: { livemode: balance.livemode, currencies: balance.available.map((a) => a.currency) },
    });
  } catch (err) {
    return (
      deadlineResult(deadline, startedAt, base.host) ??
      stripeFailure(StripeClass.errors, err, key, base.host, elapsedMs(startedAt))
    );
  } finally {
    offAbort();
    agent.destroy();
  }
}
