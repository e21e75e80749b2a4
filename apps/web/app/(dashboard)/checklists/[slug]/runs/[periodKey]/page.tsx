import { getChecklistRun, listRunNotifications } from "@opsdeck/core";
import { liveCursor } from "@opsdeck/core/live/log";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { ChecklistRunStatusBadge } from "@/components/badges/status-badges";
import { RunProgress } from "@/components/checklists/run-progress";
import { RunItems } from "@/components/checklists/run/run-items";
import { RunNotifications } from "@/components/checklists/run/run-notifications";
import { SignedOff } from "@/components/checklists/run/signed-off";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { Time } from "@/components/ui/time";
import { requireRole } from "@/lib/auth/session";
import { orNotFound } from "@/lib/checklists/load";
import { historyPath } from "@/lib/checklists/paths";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; periodKey: string }> };

const loadRun = cache(async (slug: string, periodKey: string) => {
  const me = await requireRole("VIEWER");
  return orNotFound(() => getChecklistRun({ db: db(), ctx: { actor: me }, input: { slug, periodKey } }));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, periodKey } = await params;
  const run = await loadRun(slug, periodKey);
  return { title: `${run.checklist.name} ${run.periodKey}` };
}

/** One run as it was answered and signed: read-only, linked from the history and the recent runs. */
export default async function ChecklistRunPage({ params }: Props) {
  const me = await requireRole("VIEWER");
  const { slug, periodKey } = await params;
  const renderedAt = Date.now();
  // Read before the notifications: events after it are caught up by the page's stream.
  const liveFrom = await liveCursor(db());
  const run = await loadRun(slug, periodKey);
  const notifications = await listRunNotifications({ db: db(), ctx: { actor: me }, input: { slug, runId: run.id } });
  const workable = run.current && !run.signedOffAt;
  const month =
    run.checklist.cadence === "DAILY" ? { unit: "month" as const, key: run.periodKey.slice(0, 7) } : undefined;
  return (
    <>
      <BackLink href={historyPath(slug, month)}>{`${run.checklist.name} history`}</BackLink>
      <PageHeader
        title={
          <>
            {run.checklist.name}:{" "}
            <span className={run.checklist.cadence === "PRE_DEPLOY" ? "break-all" : "whitespace-nowrap"}>
              {run.periodKey}
            </span>
          </>
        }
      />
      <section className="card mb-6 flex min-w-0 flex-col gap-3 p-4" aria-label="This run">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <span data-testid="run-status">
            <ChecklistRunStatusBadge status={run.status} />
          </span>
          <span className="text-slate-600 dark:text-slate-400">
            Opened <Time iso={run.startedAt} className="whitespace-nowrap" />
            {run.dueAt && (
              <>
                , due <Time iso={run.dueAt} className="whitespace-nowrap" />
              </>
            )}
          </span>
        </div>
        <RunProgress counts={run.counts} total={run.items.length} label="Items answered" detail />
        <SignedOff run={run} />
        {workable && (
          <p className="text-sm">
            This run is still open.{" "}
            <Link
              href={`/checklists/${encodeURIComponent(slug)}`}
              className="font-medium text-emerald-700 hover:underline dark:text-emerald-400"
            >
              Work on it →
            </Link>
          </p>
        )}
      </section>
      <div className="mb-6 empty:hidden">
        <RunNotifications
          slug={slug}
          runId={run.id}
          missed={run.missedAt !== null}
          initial={notifications}
          renderedAt={renderedAt}
          liveFrom={liveFrom}
        />
      </div>
      <section className="card min-w-0 p-4" aria-labelledby="items-title">
        <h2 id="items-title" className="mb-3 font-semibold">
          Items
        </h2>
        <RunItems run={run} editable={false} />
      </section>
    </>
  );
}
