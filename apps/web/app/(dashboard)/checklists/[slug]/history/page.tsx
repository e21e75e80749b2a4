import { listChecklistRuns } from "@opsdeck/core";
import { periodKey } from "@opsdeck/core/checklist/period";
import type { Metadata } from "next";
import { HistoryLegend } from "@/components/checklists/history/history-legend";
import { ExportLinks, HistoryNav } from "@/components/checklists/history/history-nav";
import { MonthCalendar } from "@/components/checklists/history/month-calendar";
import { RunsTable } from "@/components/checklists/history/runs-table";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { historyRange, historyUnit } from "@/lib/checklists/history-range";
import { loadChecklist, orNotFound } from "@/lib/checklists/load";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${(await loadChecklist((await params).slug)).name} history` };
}

/** A checklist's runs a month (daily: a calendar) or a year at a time, with the range's export. */
export default async function ChecklistHistoryPage({ params, searchParams }: Props) {
  const me = await requireRole("VIEWER");
  const { slug } = await params;
  const c = await loadChecklist(slug);
  const asked = (await searchParams)[historyUnit(c.cadence)];
  const today = periodKey("DAILY", new Date(), c.timeZone);
  const range = historyRange(c.cadence, Array.isArray(asked) ? asked[0] : asked, today);
  const { checklist, runs } = await orNotFound(() =>
    listChecklistRuns({ db: db(), ctx: { actor: me }, input: { slug, from: range.from, to: range.to, limit: 1000 } }),
  );
  return (
    <>
      <BackLink href={`/checklists/${encodeURIComponent(slug)}`}>{c.name}</BackLink>
      <PageHeader
        title={`${c.name}: history`}
        description={`Days and periods are in the checklist's time zone, ${c.timeZone}.`}
      />
      <section className="card flex min-w-0 flex-col gap-4 p-2 sm:p-4" aria-label={`Runs in ${range.label}`}>
        <HistoryNav slug={slug} range={range} />
        {c.cadence === "DAILY" ? (
          <>
            <MonthCalendar
              slug={slug}
              month={range.key}
              label={range.label}
              runs={runs}
              today={today}
              since={periodKey("DAILY", new Date(checklist.createdAt), c.timeZone)}
            />
            <HistoryLegend />
          </>
        ) : (
          <RunsTable slug={slug} runs={runs} label={range.label} />
        )}
        <ExportLinks slug={slug} range={range} />
      </section>
    </>
  );
}
