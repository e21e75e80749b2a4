import { formatDuration } from "./duration.ts";
import { type ProbeResult, probeResult } from "./result.ts";

export type HeartbeatState = {
  /** When the last ping arrived; null or undefined when none has arrived yet. */
  lastPingAt?: Date | null;
  /** When the check was created: without any ping, the first one is due one period + grace later. */
  createdAt?: Date | null;
  periodSeconds: number;
  graceSeconds: number;
  now?: Date;
};

/**
 * Push checks have no network side: the worker records pings and this decides the status.
 * A ping within period + grace is UP (flagged late past the period); anything older is DOWN.
 * Before the first ping it is UNKNOWN, and DOWN once period + grace has passed since creation.
 */
export function evaluateHeartbeat(state: HeartbeatState): ProbeResult {
  const now = state.now ?? new Date();
  const allowanceMs = (state.periodSeconds + state.graceSeconds) * 1000;
  const expected = `expected every ${formatDuration(state.periodSeconds)}${state.graceSeconds ? `, grace ${formatDuration(state.graceSeconds)}` : ""}`;
  const { lastPingAt, createdAt } = state;

  if (!lastPingAt) {
    if (!createdAt) {
      return probeResult("DOWN", 0, `No ping received yet (${expected})`, {
        code: "HEARTBEAT_MISSED",
        details: { state: "NEVER_PINGED" },
      });
    }
    const dueAt = new Date(createdAt.getTime() + allowanceMs);
    const waited = formatDuration((now.getTime() - createdAt.getTime()) / 1000);
    if (now <= dueAt) {
      // Relative, not a timestamp: the message is shown as is to people in any time zone.
      const left = formatDuration(Math.max(1, (dueAt.getTime() - now.getTime()) / 1000));
      return probeResult("UNKNOWN", 0, `No ping has arrived yet; the first is due within ${left} (${expected})`, {
        details: { state: "NEW", dueAt: dueAt.toISOString() },
      });
    }
    return probeResult("DOWN", 0, `No ping since the check was created ${waited} ago (${expected})`, {
      code: "HEARTBEAT_MISSED",
      details: { state: "NEVER_PINGED", dueAt: dueAt.toISOString() },
    });
  }

  // A ping stamped in the future (clock skew) counts as just now.
  const sinceMs = Math.max(0, now.getTime() - lastPingAt.getTime());
  const since = formatDuration(sinceMs / 1000);
  const late = sinceMs > state.periodSeconds * 1000;
  const details = {
    lastPingAt: lastPingAt.toISOString(),
    secondsSinceLastPing: Math.floor(sinceMs / 1000),
    dueAt: new Date(lastPingAt.getTime() + allowanceMs).toISOString(),
    late,
  };
  if (sinceMs > allowanceMs) {
    return probeResult("DOWN", 0, `No ping for ${since} (${expected})`, {
      code: "HEARTBEAT_MISSED",
      details: { ...details, state: "MISSED" },
    });
  }
  const message = late
    ? `Last ping ${since} ago: late, still within the ${formatDuration(state.graceSeconds)} grace`
    : `Last ping ${since} ago (${expected})`;
  return probeResult("UP", 0, message, { details: { ...details, state: late ? "LATE" : "OK" } });
}
