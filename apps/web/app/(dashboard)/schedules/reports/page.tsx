import {
  DEFAULT_ONCALL_WEEKS,
  defaultReportZone,
  getOnCallReport,
  type OnCallReportDto,
  selectableTimeZones,
  ValidationError,
} from "@opsdeck/core";
import type { Metadata } from "next";
import { HourFigure } from "@/components/reports/oncall/hour-figure";
import { OnCallPeriodForm } from "@/components/reports/oncall/period-form";
import { PeopleTable } from "@/components/reports/oncall/people-table";
import { WeeklyPagesTable } from "@/components/reports/oncall/weekly-table";
import { ReportSection } from "@/components/reports/section";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { Time } from "@/components/ui/time";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "On-call load" };

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function Report({ report }: { report: OnCallReportDto }) {
  const { period } = report;
  const csv = `/api/v1/reports/oncall/csv?${new URLSearchParams({ weeks: String(period.weeks), timeZone: period.zone })}`;
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-600 dark:text-slate-300">
          Pages from {period.from} to {period.to} ({period.weeks} ISO {period.weeks === 1 ? "week" : "weeks"}) in{" "}
          {period.zone}, as of <Time iso={report.generatedAt} />.
        </p>
        <a href={csv} download className="btn-secondary">
          Download CSV
        </a>
      </div>
      {report.people.length === 0 ? (
        <p className="card p-4 text-sm text-slate-600 dark:text-slate-300">Nobody was paged in this period.</p>
      ) : (
        <>
          <ReportSection id="people-heading" title="Per person">
            <PeopleTable report={report} />
            <p id="people-note" className="mt-2 text-sm text-slate-600 dark:text-slate-300">
              A page is one escalation step that reached the person, however many contact methods it went to. Times to
              acknowledge run from the first page to the person&apos;s own acknowledgement of the incident.
            </p>
          </ReportSection>
          <ReportSection id="weeks-heading" title="Pages per week">
            <WeeklyPagesTable report={report} />
          </ReportSection>
          <div className="mt-8">
            <HourFigure report={report} />
          </div>
        </>
      )}
    </>
  );
}

/** The load paging puts on people: pages per person per week, night pages and times to acknowledge. */
export default async function OnCallReportPage({ searchParams }: { searchParams: Promise<Search> }) {
  const me = await requireRole("VIEWER");
  const sp = await searchParams;
  const weeks = first(sp.weeks);
  const timeZone = first(sp.timeZone);
  let report: OnCallReportDto | null = null;
  let errors: Record<string, string[]> = {};
  try {
    report = await getOnCallReport({ db: db(), ctx: { actor: me }, input: { weeks, timeZone } });
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    errors = err.fieldErrors;
  }
  const zone = report?.period.zone ?? (errors.timeZone || !timeZone ? await defaultReportZone(db()) : timeZone);
  return (
    <>
      <BackLink href="/schedules">On-call</BackLink>
      <PageHeader
        title="On-call load"
        description="Pages per person and week, pages at night, and how long each person takes to acknowledge."
      />
      <OnCallPeriodForm
        weeks={weeks ?? String(report?.period.weeks ?? DEFAULT_ONCALL_WEEKS)}
        zone={zone}
        zones={selectableTimeZones()}
        errors={errors}
      />
      {report ? (
        <Report report={report} />
      ) : (
        <p role="alert" className="card p-4 text-sm text-red-700 dark:text-red-300">
          This period cannot be shown: {Object.values(errors).flat().join(" ")}
        </p>
      )}
    </>
  );
}
