import { byService, bySeverity, type GroupStats, groupStats, type ServiceRow, type SeverityRow } from "./groups.ts";
import type { ReportPeriod } from "./period.ts";
import { type PostmortemSummary, postmortemSummary } from "./postmortems.ts";
import type { SlaTargets } from "./sla-targets.ts";
import { incidentTiming, type ReportIncident } from "./timing.ts";
import { incidentsPerWeek, type WeekCount } from "./weeks.ts";

export type IncidentReportDto = {
  period: { from: string; to: string; zone: string; start: string; end: string };
  /** When the figures were worked out: open incidents and pending deadlines are as of then. */
  generatedAt: string;
  targets: SlaTargets;
  total: GroupStats;
  bySeverity: SeverityRow[];
  byService: ServiceRow[];
  weeks: WeekCount[];
  postmortems: PostmortemSummary;
};

/**
 * The report on the incidents detected in the period (others passed in are left out), with what
 * happened to them since, up to `now`: their response and resolution, SLA outcomes and postmortems.
 */
export function buildIncidentReport(
  rows: readonly ReportIncident[],
  { period, targets, now }: { period: ReportPeriod; targets: SlaTargets; now: Date },
): IncidentReportDto {
  const incidents = rows.filter((i) => i.detectedAt >= period.start && i.detectedAt < period.end);
  const timed = incidents.map((incident) => ({
    incident,
    timing: incidentTiming(incident, targets[incident.severity], now),
  }));
  return {
    period: {
      from: period.from,
      to: period.to,
      zone: period.zone,
      start: period.start.toISOString(),
      end: period.end.toISOString(),
    },
    generatedAt: now.toISOString(),
    targets,
    total: groupStats(timed),
    bySeverity: bySeverity(timed),
    byService: byService(timed),
    weeks: incidentsPerWeek(incidents, period),
    postmortems: postmortemSummary(incidents, now),
  };
}
