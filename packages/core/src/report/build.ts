import { byService, bySeverity, type GroupStats, groupStats, type ServiceRow, type SeverityRow } from "./groups.ts";
import type { ReportPeriod } from "./period.ts";
import { type PostmortemSummary, postmortemSummary } from "./postmortems.ts";
import type { SeverityPolicyMap } from "../severity/policy.ts";
import { pinnedTargetMs, type SlaTargetsMs, slaTargetsOf } from "./sla-targets.ts";
import { incidentTiming, type ReportIncident } from "./timing.ts";
import { incidentsPerWeek, type WeekCount } from "./weeks.ts";

export type IncidentReportDto = {
  period: { from: string; to: string; zone: string; start: string; end: string };
  /** When the figures were worked out: open incidents and pending deadlines are as of then. */
  generatedAt: string;
  /** The policy's targets now; each incident is judged on those pinned when it was declared. */
  targets: SlaTargetsMs;
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
  { period, policy, now }: { period: ReportPeriod; policy: SeverityPolicyMap; now: Date },
): IncidentReportDto {
  const incidents = rows.filter((i) => i.detectedAt >= period.start && i.detectedAt < period.end);
  const timed = incidents.map((incident) => ({
    incident,
    timing: incidentTiming(incident, pinnedTargetMs(incident), now),
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
    targets: slaTargetsOf(policy),
    total: groupStats(timed),
    bySeverity: bySeverity(timed),
    byService: byService(timed),
    weeks: incidentsPerWeek(incidents, period),
    postmortems: postmortemSummary(incidents, policy, now),
  };
}
