import type { Severity } from "@opsdeck/db";
import { SEVERITIES } from "../severity/policy.ts";
import { type DurationStats, durationStats, type SlaCounts, slaCounts } from "./stats.ts";
import type { IncidentTiming, ReportIncident } from "./timing.ts";

/** The figures of a set of incidents. */
export type GroupStats = {
  incidents: number;
  resolved: number;
  /** Reopened at least once. */
  reopened: number;
  /** Never acknowledged (a resolution then counts as the response). */
  unacknowledged: number;
  /** Detection to first response, of those responded to. */
  mtta: DurationStats;
  /** Time spent open, of those resolved. */
  mttr: DurationStats;
  responseSla: SlaCounts;
  resolveSla: SlaCounts;
};

export type Timed = { incident: ReportIncident; timing: IncidentTiming };

export function groupStats(items: readonly Timed[]): GroupStats {
  const resolved = items.filter((i) => i.timing.resolved);
  return {
    incidents: items.length,
    resolved: resolved.length,
    reopened: items.filter((i) => i.timing.reopened > 0).length,
    unacknowledged: items.filter((i) => !i.incident.acknowledgedAt).length,
    mtta: durationStats(items.flatMap((i) => (i.timing.responseMs === null ? [] : [i.timing.responseMs]))),
    mttr: durationStats(resolved.map((i) => i.timing.openMs)),
    responseSla: slaCounts(items.map((i) => i.timing.response)),
    resolveSla: slaCounts(items.map((i) => i.timing.resolve)),
  };
}

export type SeverityRow = { severity: Severity } & GroupStats;

/** One row per severity, in order, each present even with no incidents. */
export const bySeverity = (items: readonly Timed[]): SeverityRow[] =>
  SEVERITIES.map((severity) => ({ severity, ...groupStats(items.filter((i) => i.incident.severity === severity)) }));

export type ServiceRow = { service: { id: string; slug: string; name: string } | null } & GroupStats;

/**
 * One row per affected service, most incidents first: an incident affecting two services counts for
 * both. Incidents naming no service share a last row with `service: null`.
 */
export function byService(items: readonly Timed[]): ServiceRow[] {
  const groups = new Map<string, { service: ServiceRow["service"]; items: Timed[] }>();
  const add = (key: string, service: ServiceRow["service"], item: Timed) => {
    const group = groups.get(key) ?? { service, items: [] };
    group.items.push(item);
    groups.set(key, group);
  };
  for (const item of items) {
    for (const s of item.incident.services) add(s.id, s, item);
    if (item.incident.services.length === 0) add("", null, item);
  }
  return [...groups.values()]
    .map((g) => ({ service: g.service, ...groupStats(g.items) }))
    .sort(
      (a, b) =>
        Number(a.service === null) - Number(b.service === null) ||
        b.incidents - a.incidents ||
        (a.service?.name ?? "").localeCompare(b.service?.name ?? ""),
    );
}
