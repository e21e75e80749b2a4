import type { AlertAggregation, AlertComparator, AlertState } from "@opsdeck/db";

/** A point of a series in a rule's window (ms since the epoch). */
export type WindowPoint = { atMs: number; value: number };

/** What a window's points come to: the database computes it per service, `summarize` in memory. */
export type WindowSummary = { count: number; sum: number; min: number; max: number; last: number };

export function summarize(points: readonly WindowPoint[]): WindowSummary | null {
  if (points.length === 0) return null;
  const latest = points.reduce((a, p) => (p.atMs >= a.atMs ? p : a));
  return {
    count: points.length,
    sum: points.reduce((a, p) => a + p.value, 0),
    min: Math.min(...points.map((p) => p.value)),
    max: Math.max(...points.map((p) => p.value)),
    last: latest.value,
  };
}

/** The window reduced to one figure; null when the window holds no point (no data). */
export function windowValue(w: WindowSummary | null, how: AlertAggregation): number | null {
  if (!w || w.count === 0) return null;
  switch (how) {
    case "COUNT":
      return w.count;
    case "SUM":
      return w.sum;
    case "AVG":
      return w.sum / w.count;
    case "MIN":
      return w.min;
    case "MAX":
      return w.max;
    case "LAST":
      return w.last;
  }
}

export const aggregate = (points: readonly WindowPoint[], how: AlertAggregation): number | null =>
  windowValue(summarize(points), how);

export function breaches(value: number, comparator: AlertComparator, threshold: number): boolean {
  switch (comparator) {
    case "GT":
      return value > threshold;
    case "GTE":
      return value >= threshold;
    case "LT":
      return value < threshold;
    case "LTE":
      return value <= threshold;
  }
}

export const COMPARATOR_TEXT: Record<AlertComparator, string> = { GT: ">", GTE: "≥", LT: "<", LTE: "≤" };

/** Saturday and Sunday in UTC. */
export const isWeekend = (now: Date): boolean => now.getUTCDay() === 0 || now.getUTCDay() === 6;

export type GroupState = { state: AlertState; since: Date; pendingSince: Date | null };

export type Observation = {
  /** The window's aggregate; null when the window held no point. */
  value: number | null;
  /** Under a maintenance window of the service. */
  silenced: boolean;
  /** A weekdays-only rule at the weekend. */
  offHours: boolean;
};

export type RuleTerms = { comparator: AlertComparator; threshold: number; forSeconds: number };

/**
 * The next state of one rule's group. No data and off hours keep the state as it is (neither firing
 * nor resolving). A holding condition goes PENDING, then FIRING once it has held `forSeconds`
 * (at once when that is 0); a maintenance window keeps it from advancing (a PENDING falls back to
 * OK) but leaves FIRING as it is. A cleared condition turns FIRING into RESOLVED and PENDING into OK,
 * so a flapping series starts its duration again.
 */
export function nextState(prev: GroupState, seen: Observation, rule: RuleTerms, now: Date): GroupState {
  if (seen.value === null || seen.offHours) return prev;
  if (!breaches(seen.value, rule.comparator, rule.threshold)) {
    if (prev.state === "FIRING") return moveTo(prev, "RESOLVED", null, now);
    if (prev.state === "PENDING") return moveTo(prev, "OK", null, now);
    return prev;
  }
  if (prev.state === "FIRING") return prev;
  if (seen.silenced) return prev.state === "PENDING" ? moveTo(prev, "OK", null, now) : prev;
  const started = prev.state === "PENDING" && prev.pendingSince ? prev.pendingSince : now;
  const held = now.getTime() - started.getTime() >= rule.forSeconds * 1000;
  return moveTo(prev, held ? "FIRING" : "PENDING", started, now);
}

// A module-level function rather than a closure made per call: nextState runs for every group of
// every rule each round, tens of thousands of times.
function moveTo(prev: GroupState, state: AlertState, pendingSince: Date | null, now: Date): GroupState {
  return state === prev.state ? { ...prev, pendingSince } : { state, since: now, pendingSince };
}
