import type { Db, IncidentStatus, Severity } from "@opsdeck/db";
import { type CheckCountsDto, countCheckStates } from "../check/counts.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { type ChecklistsTodayDto, checklistsToday } from "./checklists.ts";
import { SLA_OUTCOME_SELECT } from "../incident/sla-outcome.ts";
import { slaStatus } from "../severity/sla.ts";
import { parseInput } from "../validate.ts";
import { type TOverviewSummary, ZOverviewSummary } from "./schemas.ts";

export type OverviewSummaryDto = {
  services: number;
  /** Every check by the state it shows (one aggregate, whatever a page of tiles holds). */
  checks: CheckCountsDto;
  openIncidents: { total: number; bySeverity: Record<Severity, number>; slaBreached: number };
  oldestOpenIncident: {
    id: string;
    number: number;
    title: string;
    severity: Severity;
    status: IncidentStatus;
    detectedAt: string;
    ageMs: number;
  } | null;
  openActionItems: { total: number; overdue: number };
  checklistsToday: ChecklistsTodayDto;
};

/** The numbers on the dashboard's first screen; `checks` when the caller already has them (the health summary). */
export async function getOverviewSummary({
  db,
  ctx,
  input = {},
  checks: known,
  now = new Date(),
}: {
  db: Db;
  ctx: AnyCtx;
  input?: TOverviewSummary;
  checks?: CheckCountsDto;
  now?: Date;
}): Promise<OverviewSummaryDto> {
  assertRole(ctx, "VIEWER");
  const { tz } = parseInput(ZOverviewSummary, input);
  const [services, checks, open, openActionItems, overdueActionItems, checklists] = await Promise.all([
    db.service.count(),
    known ?? countCheckStates({ db, ctx, now }),
    db.incident.findMany({
      where: { status: { not: "RESOLVED" } },
      select: {
        id: true,
        number: true,
        title: true,
        severity: true,
        status: true,
        ...SLA_OUTCOME_SELECT,
      },
      orderBy: [{ detectedAt: "asc" }, { number: "asc" }],
    }),
    db.actionItem.count({ where: { status: { not: "DONE" } } }),
    db.actionItem.count({ where: { status: { not: "DONE" }, dueDate: { lt: now } } }),
    checklistsToday(db, now, tz),
  ]);
  const bySeverity: Record<Severity, number> = { P0: 0, P1: 0, P2: 0, P3: 0 };
  let slaBreached = 0;
  for (const incident of open) {
    bySeverity[incident.severity]++;
    const sla = slaStatus({ ...incident, now });
    if (sla.responseBreached || sla.resolveBreached) slaBreached++;
  }
  const oldest = open[0];
  return {
    services,
    checks,
    openIncidents: { total: open.length, bySeverity, slaBreached },
    oldestOpenIncident: oldest
      ? {
          id: oldest.id,
          number: oldest.number,
          title: oldest.title,
          severity: oldest.severity,
          status: oldest.status,
          detectedAt: oldest.detectedAt.toISOString(),
          ageMs: now.getTime() - oldest.detectedAt.getTime(),
        }
      : null,
    openActionItems: { total: openActionItems, overdue: overdueActionItems },
    checklistsToday: checklists,
  };
}
