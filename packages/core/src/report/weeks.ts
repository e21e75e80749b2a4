import type { Severity } from "@opsdeck/db";
import { SEVERITIES } from "../severity/policy.ts";
import { dayIn, type ReportPeriod, weekIn, weeksOf } from "./period.ts";
import type { ReportIncident } from "./timing.ts";

export type WeekCount = {
  /** ISO week in the report's zone, "2026-W48". */
  week: string;
  /** Its Monday, "2026-11-23". */
  startDay: string;
  start: string;
  end: string;
  /** The period covers only part of it (its first or last week). */
  partial: boolean;
  total: number;
  bySeverity: Record<Severity, number>;
};

export const zeroBySeverity = (): Record<Severity, number> =>
  Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;

/** Incidents detected in each ISO week of the period, by severity; weeks without any are there with zeros. */
export function incidentsPerWeek(incidents: readonly ReportIncident[], period: ReportPeriod): WeekCount[] {
  const weeks = weeksOf(period).map((w) => ({
    week: w.key,
    startDay: dayIn(w.start, period.zone),
    start: w.start.toISOString(),
    end: w.end.toISOString(),
    partial: w.start < period.start || w.end > period.end,
    total: 0,
    bySeverity: zeroBySeverity(),
  }));
  const byKey = new Map(weeks.map((w) => [w.week, w]));
  for (const incident of incidents) {
    if (incident.detectedAt < period.start || incident.detectedAt >= period.end) continue;
    const week = byKey.get(weekIn(incident.detectedAt, period.zone));
    if (!week) continue;
    week.total++;
    week.bySeverity[incident.severity]++;
  }
  return weeks;
}
