import type { IncidentReportDto } from "@opsdeck/core/report/index";
import Link from "next/link";
import { SeverityBadge } from "@/components/badges/severity-badge";
import { StatsTable } from "./stats-table";

/** P0 to P3, each present, with the period's total underneath. */
export function SeverityTable({ report }: { report: IncidentReportDto }) {
  const rows = report.bySeverity.map((r) => ({
    key: r.severity,
    label: <SeverityBadge severity={r.severity} />,
    stats: r,
  }));
  return (
    <StatsTable id="by-severity" caption="Incidents by severity" first="Severity" rows={rows} total={report.total} />
  );
}

/** Each affected service: an incident on two services counts in both rows, so the rows add up to more than the total. */
export function ServiceTable({ report }: { report: IncidentReportDto }) {
  const rows = report.byService.map((r) => ({
    key: r.service?.id ?? "none",
    label: r.service ? (
      <Link href={`/services/${r.service.slug}`} className="hover:underline">
        {r.service.name}
      </Link>
    ) : (
      <span className="text-slate-500 dark:text-slate-400">No service</span>
    ),
    stats: r,
  }));
  return (
    <StatsTable
      id="by-service"
      caption="Incidents by affected service"
      first="Service"
      rows={rows}
      empty="No incidents in this period."
    />
  );
}
