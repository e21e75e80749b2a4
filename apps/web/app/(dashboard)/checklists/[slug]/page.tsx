import { getCurrentChecklistRun, hasRole, listRunNotifications } from "@opsdeck/core";
import { liveCursor } from "@opsdeck/core/live/log";
import type { Metadata } from "next";
import Link from "next/link";
import { ChecklistFacts } from "@/components/checklists/checklist-facts";
import { RecentRuns } from "@/components/checklists/recent-runs";
import { RunView } from "@/components/checklists/run/run-view";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { loadChecklist, orNotFound } from "@/lib/checklists/load";
import { historyPath } from "@/lib/checklists/paths";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadChecklist((await params).slug)).name };
}

export default async function ChecklistPage({ params }: Props) {
  const me = await requireRole("VIEWER");
  const { slug } = await params;
  const c = await loadChecklist(slug);
  const renderedAt = Date.now();
  // Read before the run: events after it are caught up by the page's stream, none is missed.
  const liveFrom = await liveCursor(db());
  const run = await orNotFound(() => getCurrentChecklistRun({ db: db(), ctx: { actor: me }, input: { slug } }));
  const notifications = run?.missedAt
    ? await listRunNotifications({ db: db(), ctx: { actor: me }, input: { slug, runId: run.id } })
    : undefined;
  const preDeploy = c.cadence === "PRE_DEPLOY";
  const noRun = preDeploy
    ? "No run yet: start one before the next deploy."
    : c.archivedAt
      ? "This checklist is archived: it opens no runs."
      : "This checklist has no items yet, so it opens no runs.";
  return (
    <>
      <BackLink href="/checklists">Checklists</BackLink>
      <PageHeader
        title={c.name}
        description={c.description ?? undefined}
        actions={
          <>
            <Link href={historyPath(slug)} className="btn-secondary">
              History
            </Link>
            {hasRole(me.role, "ADMIN") && (
              <Link href={`/checklists/${encodeURIComponent(slug)}/edit`} className="btn-secondary" prefetch={false}>
                Edit checklist
              </Link>
            )}
          </>
        }
      />
      <ChecklistFacts checklist={c} />
      <RunView
        slug={slug}
        preDeploy={preDeploy}
        initial={run}
        initialNotifications={notifications}
        renderedAt={renderedAt}
        liveFrom={liveFrom}
        signer={me.name ?? me.email}
        canWrite={hasRole(me.role, "RESPONDER")}
        noRun={noRun}
        aside={
          <section className="card min-w-0 p-4" aria-labelledby="recent-runs">
            <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="recent-runs" className="font-semibold">
                Recent runs
              </h2>
              <Link
                href={historyPath(slug)}
                className="text-sm font-medium text-emerald-700 hover:underline dark:text-emerald-400"
              >
                All history →
              </Link>
            </div>
            <RecentRuns slug={slug} runs={c.recentRuns.filter((r) => r.id !== run?.id)} />
          </section>
        }
      />
    </>
  );
}
