import type { CheckState } from "@opsdeck/db";

/** UNKNOWN: the probe measured nothing (a heartbeat before its first ping is due). */
export type ProbeOutcome = "UP" | "DEGRADED" | "DOWN" | "UNKNOWN";
/** The outcomes that are stored as results and rolled up. */
export type MeasuredOutcome = Exclude<ProbeOutcome, "UNKNOWN">;

export type StateInput = {
  /** The stored state (MAINTENANCE while a window covers the check). */
  prev: CheckState;
  /** The probe-derived state before this result; equals `prev` outside maintenance. */
  prevHealth: CheckState;
  consecutiveFailures: number;
  result: ProbeOutcome;
  downAfter: number;
  inMaintenance: boolean;
};

export type StateChange = { from: CheckState; to: CheckState; duringMaintenance: boolean };

export type StateOutput = {
  state: CheckState;
  health: CheckState;
  consecutiveFailures: number;
  changed: boolean;
  /** The event to record, if any: a health change (flagged inside maintenance) or entering/leaving it. */
  event: StateChange | null;
};

/**
 * DOWN only after `downAfter` consecutive failures; one UP or DEGRADED result ends the streak.
 * An UNKNOWN result shows UNKNOWN and leaves the streak as it was: it is neither kind.
 */
export function nextState(input: StateInput): StateOutput {
  const { prev, prevHealth, result, inMaintenance } = input;
  const downAfter = Math.max(1, input.downAfter);
  let consecutiveFailures = 0;
  if (result === "DOWN") consecutiveFailures = input.consecutiveFailures + 1;
  else if (result === "UNKNOWN") consecutiveFailures = input.consecutiveFailures;
  let health: CheckState;
  if (result !== "DOWN") health = result;
  else if (consecutiveFailures >= downAfter) health = "DOWN";
  else health = prevHealth === "PAUSED" || prevHealth === "MAINTENANCE" ? "UNKNOWN" : prevHealth;

  const state: CheckState = inMaintenance ? "MAINTENANCE" : health;
  let event: StateChange | null = null;
  if (health !== prevHealth) {
    event = { from: prevHealth, to: health, duringMaintenance: inMaintenance };
  } else if (state !== prev) {
    event = { from: prev, to: state, duringMaintenance: inMaintenance };
  }
  return { state, health, consecutiveFailures, changed: state !== prev || health !== prevHealth, event };
}
