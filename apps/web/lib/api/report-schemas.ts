import type { IncidentReportDto } from "@opsdeck/core/report/index";
import { z } from "zod";
import { ZIsoDate, ZServiceRef, ZSeverity } from "./schemas.ts";

const count = z.number().int();

/** An ISO week of a report, in the report's zone. */
export const weekSpan = {
  week: z.string().describe("ISO week in the zone, 2026-W48"),
  startDay: z.string().describe("Its Monday"),
  start: ZIsoDate,
  end: ZIsoDate,
};
const ms = z.number().int().nullable();

const ZDurationStats = z.object({
  count: count.describe("How many incidents the figures cover"),
  meanMs: ms,
  p50Ms: ms.describe("The median"),
  p90Ms: ms,
});

const ZSlaCounts = z.object({
  met: count,
  breached: count,
  pending: count.describe("Not answered (or resolved) yet, with the deadline still ahead"),
  breachRate: z.number().min(0).max(1).nullable().describe("breached / (met + breached); null when neither"),
});

const group = {
  incidents: count,
  resolved: count,
  reopened: count.describe("Reopened at least once"),
  unacknowledged: count.describe("Never acknowledged: a resolution counts as the response"),
  mtta: ZDurationStats.describe("Detection to first response: the acknowledgement, or the first resolution if earlier"),
  mttr: ZDurationStats.describe("Time spent open until resolved, summed over reopenings; resolved incidents only"),
  responseSla: ZSlaCounts,
  resolveSla: ZSlaCounts.describe("Against the time spent open: the clock stops while resolved"),
};

const bySeverityNumber = z.object({ P0: count, P1: count, P2: count, P3: count });
const ZTarget = z.object({ responseMs: z.number().int(), resolveMs: z.number().int() });

export const ZIncidentReportOut = z.object({
  period: z.object({
    from: z.string(),
    to: z.string(),
    zone: z.string().describe("The zone's canonical IANA name"),
    start: ZIsoDate.describe("Midnight starting `from` in the zone"),
    end: ZIsoDate.describe("Midnight ending `to` in the zone (exclusive)"),
  }),
  generatedAt: ZIsoDate.describe("Open incidents and pending deadlines are as of this instant"),
  targets: z.object({ P0: ZTarget, P1: ZTarget, P2: ZTarget, P3: ZTarget }).describe("The SLA targets applied"),
  total: z.object(group),
  bySeverity: z.array(z.object({ severity: ZSeverity, ...group })).describe("P0 to P3, each present"),
  byService: z
    .array(z.object({ service: ZServiceRef.nullable().describe("null: incidents naming no service"), ...group }))
    .describe("Most incidents first; an incident counts for every service it affected"),
  weeks: z
    .array(
      z.object({
        ...weekSpan,
        partial: z.boolean().describe("The period covers only part of it"),
        total: count,
        bySeverity: bySeverityNumber,
      }),
    )
    .describe("Incidents detected per ISO week, every week of the period present"),
  postmortems: z.object({
    on_time: count.describe("Published by the due time"),
    late: count.describe("Published after it"),
    overdue: count.describe("Unpublished (or not started) past it"),
    due: count.describe("Unpublished, due later"),
    onTimeRate: z.number().min(0).max(1).nullable().describe("on_time / (on_time + late + overdue)"),
    rows: z.array(
      z.object({
        incident: z.object({ number: count, title: z.string(), severity: ZSeverity }),
        postmortem: z.object({ id: z.string(), status: z.string() }).nullable().describe("null: not started"),
        dueAt: ZIsoDate,
        publishedAt: ZIsoDate.nullable(),
        outcome: z.enum(["on_time", "late", "overdue", "due"]),
      }),
    ),
  }),
}) satisfies z.ZodType<IncidentReportDto>;
