import {
  getIncidentReport,
  type IncidentReportDto,
  lastDays,
  resolveTimeZone,
  selectableTimeZones,
  ValidationError,
} from "@opsdeck/core";
import type { Metadata } from "next";
import { CountingNotes } from "@/components/reports/counting-notes";
import { PeriodPicker, PRESETS } from "@/components/reports/period-picker";
import { SummaryCards } from "@/components/reports/summary-cards";
import { TimesFigure } from "@/components/reports/times-figure";
import { WeeklyFigure } from "@/components/reports/weekly-figure";
import { PostmortemTable } from "@/components/tables/reports/postmortem-table";
import { ServiceTable, SeverityTable } from "@/components/tables/reports/group-tables";
import { ReportSection } from "@/components/reports/section";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { Time } from "@/components/ui/time";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { viewerZone } from "@/lib/time/viewer-zone";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Incident reports" };

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function Report({ report }: { report: IncidentReportDto }) {
  const { period } = report;
  return (
    <>
      <p className="mb-4 text-sm text-slate-600 dark:text-slate-300">
        Incidents detected from {period.from} to {period.to} (both included) in {period.zone}; their outcomes as of{" "}
        <Time iso={report.generatedAt} />.
      </p>
      <SummaryCards report={report} />
      <WeeklyFigure weeks={report.weeks} zone={period.zone} />
      <div className="mt-6 grid gap-6 md:grid-cols-2">
        <TimesFigure rows={report.bySeverity} metric="mtta" />
        <TimesFigure rows={report.bySeverity} metric="mttr" />
      </div>
      <ReportSection id="severity-heading" title="By severity">
        <SeverityTable report={report} />
      </ReportSection>
      <ReportSection id="service-heading" title="By service">
        <ServiceTable report={report} />
      </ReportSection>
      <ReportSection id="postmortem-heading" title="Postmortems">
        <PostmortemTable summary={report.postmortems} />
      </ReportSection>
      <CountingNotes targets={report.targets} />
    </>
  );
}

/** MTTA, MTTR, SLA breaches, incidents per week and postmortems on time over a period of the viewer's choosing. */
export default async function IncidentReportsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const me = await requireRole("VIEWER");
  const sp = await searchParams;
  const zoneParam = first(sp.zone);
  const zone = zoneParam || (await viewerZone());
  const custom = first(sp.from) !== undefined || first(sp.to) !== undefined;
  const preset = custom ? null : (PRESETS.find((p) => p.value === first(sp.range)) ?? PRESETS[0]);
  const now = new Date();
  const days = preset
    ? lastDays(preset.days, resolveTimeZone(zone), now)
    : { from: first(sp.from) ?? "", to: first(sp.to) ?? "" };
  let report: IncidentReportDto | null = null;
  let errors: Record<string, string[]> = {};
  try {
    report = await getIncidentReport({ db: db(), ctx: { actor: me }, input: { ...days, zone }, now });
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    errors = err.fieldErrors;
  }
  return (
    <>
      <BackLink href="/incidents">Incidents</BackLink>
      <PageHeader
        title="Incident reports"
        description="Response and resolution times, SLA breaches and postmortems of the incidents detected in a period."
      />
      <PeriodPicker
        preset={preset?.value ?? null}
        {...days}
        zone={report?.period.zone ?? zone}
        zoneInUrl={Boolean(zoneParam)}
        zones={selectableTimeZones()}
        errors={errors}
      />
      {report ? (
        <Report report={report} />
      ) : (
        <p className="card p-4 text-sm text-slate-600 dark:text-slate-300">Choose a period above to see its report.</p>
      )}
    </>
  );
}
