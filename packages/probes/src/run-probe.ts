import { runDnsProbe } from "./dns.ts";
import { invalidConfigResult } from "./errors.ts";
import { evaluateHeartbeat } from "./heartbeat.ts";
import { runHttpProbe } from "./http.ts";
import { runPostgresProbe } from "./postgres.ts";
import { type ProbeResult, probeResult } from "./result.ts";
import { type CheckConfigInput, ZCheckConfig } from "./schemas.ts";
import { runStripeProbe } from "./stripe.ts";
import { runTcpProbe } from "./tcp.ts";
import { runTlsExpiryProbe } from "./tls-expiry.ts";

export type RunProbeOptions = {
  signal?: AbortSignal;
  /** Overrides the config's own timeoutMs. */
  timeoutMs?: number;
  /** Secret values by name, resolved by the caller (postgres connectionSecret, stripe apiKeySecret). */
  secrets?: Readonly<Record<string, string>>;
  /** Recorded pings, for heartbeat checks. */
  heartbeat?: { lastPingAt?: Date | null; createdAt?: Date | null };
  now?: Date;
};

/** Validate a check config and run the matching probe; never rejects. */
export async function runProbe(input: CheckConfigInput, options: RunProbeOptions = {}): Promise<ProbeResult> {
  const parsed = ZCheckConfig.safeParse(input);
  if (!parsed.success) return invalidConfigResult(parsed.error);
  const config = parsed.data;
  const { signal, secrets = {} } = options;
  const timeoutMs = options.timeoutMs;
  try {
    switch (config.kind) {
      case "http":
        return await runHttpProbe({ ...config, timeoutMs: timeoutMs ?? config.timeoutMs }, signal);
      case "tcp":
        return await runTcpProbe({ ...config, timeoutMs: timeoutMs ?? config.timeoutMs }, signal);
      case "dns":
        return await runDnsProbe({ ...config, timeoutMs: timeoutMs ?? config.timeoutMs }, signal);
      case "tls":
        return await runTlsExpiryProbe({ ...config, timeoutMs: timeoutMs ?? config.timeoutMs }, signal);
      case "postgres":
        return await runPostgresProbe({ ...config, timeoutMs: timeoutMs ?? config.timeoutMs }, signal, secrets);
      case "stripe":
        return await runStripeProbe({ ...config, timeoutMs: timeoutMs ?? config.timeoutMs }, signal, secrets);
      case "heartbeat":
        return evaluateHeartbeat({ ...config, ...options.heartbeat, now: options.now });
    }
  } catch (err) {
    // Probes map their own errors; this only guards against a bug escaping one of them.
    const message = err instanceof Error ? err.message : String(err);
    return probeResult("DOWN", 0, `Probe crashed: ${message}`, { code: "UNKNOWN_ERROR" });
  }
}
