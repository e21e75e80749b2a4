import { getChecklist, NotFoundError, ValidationError } from "@opsdeck/core";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CADENCE_LABEL } from "@/components/badges/status-badges";
import { ChecklistItems } from "@/components/checklists/checklist-items";
import { PeriodLabel } from "@/components/checklists/period-label";
import { RecentRuns } from "@/components/checklists/recent-runs";
import { RunProgress } from "@/components/checklists/run-progress";
import { SignOffStatus } from "@/components/checklists/sign-off-status";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

const loadChecklist = cache(async (slug: string) => {
  const me = await requireRole("VIEWER");
  try {
    return await getChecklist({ db: db(), ctx: { actor: me }, input: { slug } });
  } catch (err) {
    if (err instanceof NotFoundError || err instanceof ValidationError) notFound();
    throw err;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadChecklist((await params).slug)).name };
}

export default async function ChecklistPage({ params }: Props) {
  await requireRole("VIEWER");
  const c = await loadChecklist((await params).slug);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/checklists" className="text-slate-500 hover:underline dark:text-slate-400">
          ← Checklists
        </Link>
      </p>
      <PageHeader title={c.name} description={c.description ?? undefined} />
      <section className="card mb-6 grid min-w-0 gap-4 p-4 sm:grid-cols-3" aria-label="This period">
        <div className="min-w-0 text-sm">
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{CADENCE_LABEL[c.cadence]}</p>
          <p className="mt-0.5">
            <PeriodLabel checklist={c} />
          </p>
        </div>
        <RunProgress done={c.run?.done ?? 0} total={c.run?.total ?? c.itemCount} label={`${c.name}: items done`} />
        <p className="text-sm">
          <SignOffStatus run={c.run} />
        </p>
      </section>
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <section className="card min-w-0 p-4" aria-labelledby="items">
          <h2 id="items" className="mb-3 font-semibold">
            Items
          </h2>
          <ChecklistItems items={c.items} />
        </section>
        <section className="card min-w-0 self-start p-4" aria-labelledby="runs">
          <h2 id="runs" className="mb-2 font-semibold">
            Recent runs
          </h2>
          <RecentRuns runs={c.recentRuns} />
        </section>
      </div>
    </>
  );
}
