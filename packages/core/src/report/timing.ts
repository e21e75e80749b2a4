import type { Severity } from "@opsdeck/db";
import type { SlaTargetMs } from "./sla-targets.ts";
import type { SlaOutcome } from "./stats.ts";

/** A "resolved" or "reopened" entry of an incident's timeline. */
export type LifecycleEvent = { kind: "resolved" | "reopened"; at: Date };

/** What the report needs of an incident: plain values, so the calculations need no database. */
export type ReportIncident = {
  id: string;
  number: number;
  title: string;
  severity: Severity;
  detectedAt: Date;
  acknowledgedAt: Date | null;
  /** Set while it is resolved: the latest resolution. */
  resolvedAt: Date | null;
  services: { id: string; slug: string; name: string }[];
  /** Its resolutions and reopenings, in timeline order. */
  lifecycle: LifecycleEvent[];
  postmortem: { id: string; status: string; dueAt: Date | null; publishedAt: Date | null } | null;
  /** Its targets, pinned from the severity policy (see core/severity/sla.ts). */
  responseTargetMinutes: number;
  resolveTargetMinutes: number;
  /** Breaches the incident page recorded: they count as breached here too, whatever the sums say. */
  responseBreachedAt: Date | null;
  resolveBreachedAt: Date | null;
};

export type OpenInterval = { start: number; end: number | null };

/**
 * When the incident was open: from detection to its first resolution, then from each reopening to the
 * resolution after it; the last interval has no end while it is open. The incident row has the last
 * word on whether it is open now, for rows whose timeline lacks the entries (imported or hand-made).
 */
export function openIntervals(incident: ReportIncident): OpenInterval[] {
  const intervals: OpenInterval[] = [{ start: incident.detectedAt.getTime(), end: null }];
  for (const e of incident.lifecycle) {
    const last = intervals[intervals.length - 1] as OpenInterval;
    const at = e.at.getTime();
    if (e.kind === "resolved" && last.end === null) last.end = Math.max(at, last.start);
    else if (e.kind === "reopened" && last.end !== null) intervals.push({ start: Math.max(at, last.end), end: null });
  }
  const last = intervals[intervals.length - 1] as OpenInterval;
  if (incident.resolvedAt && last.end === null) last.end = Math.max(incident.resolvedAt.getTime(), last.start);
  // Open now with no reopening on record: count it open since its last resolution (the longest it can be).
  if (!incident.resolvedAt && last.end !== null) intervals.push({ start: last.end, end: null });
  return intervals;
}

export type IncidentTiming = {
  /** Detection to the first response: its acknowledgement, or its first resolution if that came first. */
  responseMs: number | null;
  /** Time spent open, summed over reopenings; up to `now` while open. */
  openMs: number;
  resolved: boolean;
  reopened: number;
  response: SlaOutcome;
  resolve: SlaOutcome;
};

/**
 * An incident's response and resolution times, and whether it met its targets as of `now`. The resolve
 * target is measured against the time spent open, so the clock stops while it is resolved and runs
 * again when it is reopened; a deadline not yet passed by an incident still waiting is "pending".
 */
export function incidentTiming(incident: ReportIncident, target: SlaTargetMs, now: Date): IncidentTiming {
  const detected = incident.detectedAt.getTime();
  const intervals = openIntervals(incident);
  const firstResolution = intervals[0]?.end ?? null;
  const responses = [incident.acknowledgedAt?.getTime() ?? null, firstResolution].filter((t) => t !== null);
  const respondedAt = responses.length ? Math.min(...responses) : null;
  const responseMs = respondedAt === null ? null : Math.max(0, respondedAt - detected);
  const openMs = intervals.reduce((sum, i) => sum + Math.max(0, (i.end ?? now.getTime()) - i.start), 0);
  const resolved = incident.resolvedAt !== null;
  const waited = Math.max(0, now.getTime() - detected);
  return {
    responseMs,
    openMs,
    resolved,
    reopened: incident.lifecycle.filter((e) => e.kind === "reopened").length,
    response: incident.responseBreachedAt
      ? "breached"
      : outcome(responseMs ?? waited, responseMs !== null, target.responseMs),
    resolve: incident.resolveBreachedAt ? "breached" : outcome(openMs, resolved, target.resolveMs),
  };
}

/** Breached once the time taken passes the target (as the incident page counts it); met if done within it. */
const outcome = (takenMs: number, done: boolean, targetMs: number): SlaOutcome =>
  takenMs > targetMs ? "breached" : done ? "met" : "pending";
