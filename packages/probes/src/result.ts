/**
 * The outcome every probe resolves to; probes never reject. UNKNOWN means nothing was measured (a
 * heartbeat before its first ping is due): it counts neither as a success nor as a failure.
 */
export const PROBE_STATUSES = ["UP", "DEGRADED", "DOWN", "UNKNOWN"] as const;
export type ProbeStatus = (typeof PROBE_STATUSES)[number];

export const PROBE_ERROR_CODES = [
  "DNS_FAILURE",
  "DNS_NO_RECORDS",
  "CONNECTION_REFUSED",
  "CONNECTION_RESET",
  "HOST_UNREACHABLE",
  "TIMEOUT",
  "ABORTED",
  "TLS_SELF_SIGNED",
  "TLS_EXPIRED",
  "TLS_NOT_YET_VALID",
  "TLS_HOSTNAME_MISMATCH",
  "TLS_UNTRUSTED",
  "TLS_HANDSHAKE_FAILED",
  "TLS_EXPIRING_SOON",
  "PROTOCOL_ERROR",
  "TOO_MANY_REDIRECTS",
  "BODY_TOO_LARGE",
  "ASSERTION_STATUS",
  "ASSERTION_KEYWORD_MISSING",
  "ASSERTION_KEYWORD_PRESENT",
  "ASSERTION_REGEX",
  "ASSERTION_JSON_PATH",
  "ASSERTION_DNS_VALUE",
  "SLOW_RESPONSE",
  "AUTH_FAILED",
  "PERMISSION_DENIED",
  "RATE_LIMITED",
  "UPSTREAM_ERROR",
  "CONNECTIONS_HIGH",
  "HEARTBEAT_MISSED",
  "MISSING_SECRET",
  "INVALID_CONFIG",
  "UNKNOWN_ERROR",
] as const;
export type ProbeErrorCode = (typeof PROBE_ERROR_CODES)[number];

export type ProbeResult = {
  status: ProbeStatus;
  /** Whole milliseconds; what is timed depends on the probe (see each probe). */
  latencyMs: number;
  message: string;
  code?: ProbeErrorCode;
  details?: Record<string, unknown>;
};

export type ResultExtras = { code?: ProbeErrorCode; details?: Record<string, unknown> };

export function probeResult(
  status: ProbeStatus,
  latencyMs: number,
  message: string,
  extras: ResultExtras = {},
): ProbeResult {
  const result: ProbeResult = { status, latencyMs: Math.max(0, Math.round(latencyMs)), message };
  if (extras.code) result.code = extras.code;
  if (extras.details && Object.keys(extras.details).length > 0) result.details = extras.details;
  return result;
}

/** Milliseconds since a `performance.now()` mark. */
export function elapsedMs(startedAt: number): number {
  return Math.round(performance.now() - startedAt);
}
