import pg from "pg";
import { createDeadline, onAbort, raceAbort } from "./abort.ts";
import { failureResult, invalidConfigResult } from "./errors.ts";
import { elapsedMs, type ProbeResult, probeResult } from "./result.ts";
import { type PostgresCheckInput, type ProbeInput, ZPostgresCheckConfig } from "./schemas.ts";

export const PROBE_APPLICATION_NAME = "opsdeck-probe";

const USAGE_SQL = `SELECT count(*)::int AS used, current_setting('max_connections')::int AS max
  FROM pg_stat_activity WHERE backend_type = 'client backend'`;

/** host:port/database, never the credentials. */
function describeTarget(url: URL): string {
  return `${url.hostname || "localhost"}:${url.port || "5432"}${url.pathname.length > 1 ? url.pathname : ""}`;
}

function sqlState(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

function serverErrorResult(state: string, err: unknown, target: string, startedAt: number): ProbeResult {
  const detail = err instanceof Error ? err.message : String(err);
  const latency = elapsedMs(startedAt);
  if (state.startsWith("28")) {
    return probeResult("DOWN", latency, `PostgreSQL at ${target} rejected the credentials (${state}: ${detail})`, {
      code: "AUTH_FAILED",
    });
  }
  if (state === "53300") {
    return probeResult("DOWN", latency, `PostgreSQL at ${target} has no free connection slots (${detail})`, {
      code: "CONNECTIONS_HIGH",
    });
  }
  return probeResult("DOWN", latency, `PostgreSQL at ${target} answered with error ${state}: ${detail}`, {
    code: "UPSTREAM_ERROR",
  });
}

/** pg's end() says goodbye on an idle connection and destroys the socket mid-connect or mid-query. */
function close(client: pg.Client): void {
  client.end().catch(() => {});
}

/**
 * PostgreSQL probe: connect, time `SELECT 1` (the reported latency), then compare client
 * connections with max_connections. The URL comes from the config or from `secrets[connectionSecret]`.
 */
export async function runPostgresProbe(
  input: ProbeInput<PostgresCheckInput>,
  signal?: AbortSignal,
  secrets: Readonly<Record<string, string>> = {},
): Promise<ProbeResult> {
  const parsed = ZPostgresCheckConfig.safeParse({ ...input, kind: "postgres" });
  if (!parsed.success) return invalidConfigResult(parsed.error);
  const config = parsed.data;
  const secretName = config.connectionSecret;
  const connectionString = config.url ?? (secretName === undefined ? undefined : secrets[secretName]);
  if (!connectionString) {
    return probeResult("DOWN", 0, `Secret "${secretName}" holding the connection URL is not set`, {
      code: "MISSING_SECRET",
    });
  }
  let url: URL;
  try {
    url = new URL(connectionString);
    if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") throw new Error("not a postgres URL");
  } catch {
    return probeResult("DOWN", 0, `Secret "${secretName}" does not hold a postgres:// connection URL`, {
      code: "INVALID_CONFIG",
    });
  }
  const target = describeTarget(url);
  const deadline = createDeadline(config.timeoutMs, signal);
  const startedAt = performance.now();
  const client = new pg.Client({
    connectionString,
    connectionTimeoutMillis: config.timeoutMs,
    query_timeout: config.timeoutMs,
    statement_timeout: config.timeoutMs,
    application_name: PROBE_APPLICATION_NAME,
  });
  // A server that drops the connection after we are done must not crash the process.
  client.on("error", () => {});
  const offAbort = onAbort(deadline.signal, () => close(client));
  try {
    await raceAbort(client.connect(), deadline.signal);
    const connectMs = elapsedMs(startedAt);
    const queryStartedAt = performance.now();
    await raceAbort(client.query("SELECT 1"), deadline.signal);
    const latencyMs = elapsedMs(queryStartedAt);
    const usage = await raceAbort(client.query<{ used: number; max: number }>(USAGE_SQL), deadline.signal);
    const { used = 0, max = 0 } = usage.rows[0] ?? {};
    const percent = max > 0 ? Math.round((used / max) * 1000) / 10 : 0;
    const details = { connectMs, connectionsUsed: used, maxConnections: max, connectionsPercent: percent };
    const summary = `${used} of ${max} connections in use (${percent}%)`;
    if (percent > config.degradedAbovePercent) {
      return probeResult("DEGRADED", latencyMs, `${summary}, above the ${config.degradedAbovePercent}% threshold`, {
        code: "CONNECTIONS_HIGH",
        details,
      });
    }
    return probeResult("UP", latencyMs, `SELECT 1 in ${latencyMs} ms; ${summary}`, { details });
  } catch (err) {
    const state = deadline.signal.aborted ? undefined : sqlState(err);
    if (state) return serverErrorResult(state, err, target, startedAt);
    return failureResult(err, deadline, startedAt, target);
  } finally {
    offAbort();
    close(client);
  }
}
