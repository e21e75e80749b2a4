import { RUNBOOK_POLICY } from "../severity/policy.ts";
import type { LifecycleEvent, ReportIncident } from "./timing.ts";

// Incidents for the report's unit tests: plain values, no database.

const MIN = 60_000;

export const T0 = new Date("2026-03-02T10:00:00Z");

/** `minutes` after `from` (T0 unless given). */
export const after = (minutes: number, from: Date = T0): Date => new Date(from.getTime() + minutes * MIN);

export const resolvedAt = (at: Date): LifecycleEvent => ({ kind: "resolved", at });
export const reopenedAt = (at: Date): LifecycleEvent => ({ kind: "reopened", at });

let next = 1;

/** A P1 detected at T0 with the runbook's targets, open and unacknowledged, affecting no service, unless `over` says otherwise. */
export function incident(over: Partial<ReportIncident> = {}): ReportIncident {
  const n = next++;
  return {
    id: `i${n}`,
    number: n,
    title: `Incident ${n}`,
    severity: "P1",
    detectedAt: T0,
    acknowledgedAt: null,
    resolvedAt: null,
    services: [],
    lifecycle: [],
    postmortem: null,
    responseTargetMinutes: RUNBOOK_POLICY[over.severity ?? "P1"].responseMinutes,
    resolveTargetMinutes: RUNBOOK_POLICY[over.severity ?? "P1"].resolveMinutes,
    responseBreachedAt: null,
    resolveBreachedAt: null,
    ...over,
  };
}

/** Resolved `minutes` after detection (recorded on its timeline too), acknowledged after `ackMinutes` if given. */
export function resolvedIncident(
  minutes: number,
  over: Partial<ReportIncident> = {},
  ackMinutes?: number,
): ReportIncident {
  const detectedAt = over.detectedAt ?? T0;
  const at = after(minutes, detectedAt);
  return incident({
    acknowledgedAt: ackMinutes === undefined ? null : after(ackMinutes, detectedAt),
    resolvedAt: at,
    lifecycle: [resolvedAt(at)],
    ...over,
    detectedAt,
  });
}
