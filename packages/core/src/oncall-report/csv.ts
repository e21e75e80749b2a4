import { csvCell } from "../checklist/export.ts";
import type { OnCallReportDto } from "./build.ts";

const minutes = (ms: number | null) => (ms === null ? null : Math.round(ms / 6_000) / 10);

/**
 * The report's per-person table as CSV, one row per person: totals, times to acknowledge in minutes
 * (one decimal) and the pages of each week of the period as a column of its own.
 */
export function onCallReportCsv(report: OnCallReportDto): { filename: string; body: string } {
  const header = [
    "person",
    "email",
    "pages",
    "night_pages",
    "acknowledged",
    "ack_median_min",
    "ack_p90_min",
    "ack_max_min",
    "unacknowledged_pages",
    "acknowledged_by_others",
    ...report.weeks.map((w) => `pages_${w.week}`),
    ...report.weeks.map((w) => `night_pages_${w.week}`),
  ];
  const rows = report.people.map((p) => [
    p.user.name ?? p.user.email,
    p.user.email,
    p.pages,
    p.nightPages,
    p.ack.count,
    minutes(p.ack.p50Ms),
    minutes(p.ack.p90Ms),
    minutes(p.ack.maxMs),
    p.unacknowledgedPages,
    p.acknowledgedByOthers,
    ...p.weeks.map((w) => w.pages),
    ...p.weeks.map((w) => w.nightPages),
  ]);
  const { from, to, zone } = report.period;
  return {
    filename: `oncall-load-${from}-to-${to}-${zone.replaceAll("/", "-")}.csv`,
    body: `${[header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`,
  };
}
