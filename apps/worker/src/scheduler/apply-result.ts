import { nextState } from "@opsdeck/core/check/state";
import type { ProbeResult } from "@opsdeck/probes";
import type { CachedCheck } from "./check-cache.ts";
import type { EventRow, ResultRow, StateRow } from "./write-batch.ts";

/** The row to store for a probe result; none for UNKNOWN, which measured nothing (no uptime, no latency). */
export function resultRow(checkSeq: number, atMs: number, r: ProbeResult): ResultRow | null {
  if (r.status === "UNKNOWN") return null;
  return { checkSeq, atMs, latencyMs: r.latencyMs, status: r.status, message: r.message || null };
}

/** Advance a check's live state by one probe result (in place) and say what to write. */
export function applyResult(check: CachedCheck, atMs: number, r: ProbeResult, inMaintenance: boolean) {
  const result = resultRow(check.seq, atMs, r);
  const out = nextState({
    prev: check.state,
    prevHealth: check.health,
    consecutiveFailures: check.consecutiveFailures,
    result: r.status,
    downAfter: check.downAfter,
    inMaintenance,
  });
  if (out.state !== check.state) check.stateSinceMs = atMs;
  check.state = out.state;
  check.health = out.health;
  check.consecutiveFailures = out.consecutiveFailures;
  const state: StateRow = {
    checkSeq: check.seq,
    state: out.state,
    health: out.health,
    stateSinceMs: check.stateSinceMs,
    consecutiveFailures: out.consecutiveFailures,
    lastCheckedAtMs: atMs,
    lastLatencyMs: r.latencyMs,
    lastMessage: r.message || null,
  };
  const event: EventRow | null = out.event && { ...out.event, checkId: check.id, atMs, message: state.lastMessage };
  return { result, state, event };
}
