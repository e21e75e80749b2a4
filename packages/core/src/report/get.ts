import type { Db } from "@opsdeck/db";
import type { ServiceCall } from "../call.ts";
import { assertRole } from "../roles.ts";
import { readSeverityPolicy } from "../severity/read.ts";
import { canonicalTimeZone } from "../time/zone.ts";
import { parseInput } from "../validate.ts";
import { buildIncidentReport, type IncidentReportDto } from "./build.ts";
import { type ReportPeriod, reportPeriod } from "./period.ts";
import { type TIncidentReport, ZIncidentReport } from "./schemas.ts";
import type { LifecycleEvent, ReportIncident } from "./timing.ts";

/** The incidents detected in the period with what the report reads of them: one query (and its relations). */
async function loadIncidents(db: Db, period: ReportPeriod): Promise<ReportIncident[]> {
  const rows = await db.incident.findMany({
    where: { detectedAt: { gte: period.start, lt: period.end } },
    select: {
      id: true,
      number: true,
      title: true,
      severity: true,
      detectedAt: true,
      acknowledgedAt: true,
      resolvedAt: true,
      responseTargetMinutes: true,
      resolveTargetMinutes: true,
      responseBreachedAt: true,
      resolveBreachedAt: true,
      services: { select: { service: { select: { id: true, slug: true, name: true } } } },
      events: {
        where: { kind: { in: ["resolved", "reopened"] } },
        select: { kind: true, at: true },
        orderBy: [{ at: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      },
      postmortem: { select: { id: true, status: true, dueAt: true, publishedAt: true } },
    },
    orderBy: [{ detectedAt: "asc" }, { number: "asc" }],
  });
  return rows.map(({ services, events, ...row }) => ({
    ...row,
    services: services.map((s) => s.service),
    lifecycle: events as LifecycleEvent[],
  }));
}

/**
 * MTTA and MTTR by severity and by service, SLA breach rates, incidents per week and postmortems on
 * time, for the incidents detected between two days of a time zone (VIEWER). See `build.ts`.
 */
export async function getIncidentReport({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TIncidentReport>): Promise<IncidentReportDto> {
  assertRole(ctx, "VIEWER");
  const { from, to, zone } = parseInput(ZIncidentReport, input);
  const period = reportPeriod(from, to, canonicalTimeZone(zone) ?? zone);
  const incidents = await loadIncidents(db, period);
  const policy = await readSeverityPolicy(db);
  return buildIncidentReport(incidents, { period, policy, now });
}
