import type { ChecklistCadence } from "@opsdeck/db";
import { listChecklists } from "@opsdeck/core";
import type { Metadata } from "next";
import { CADENCE_LABEL } from "@/components/badges/status-badges";
import { ChecklistCard } from "@/components/checklists/checklist-card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Checklists" };

const CADENCES: ChecklistCadence[] = ["DAILY", "WEEKLY", "MONTHLY", "QUARTERLY", "PRE_DEPLOY"];

export default async function ChecklistsPage() {
  const me = await requireRole("VIEWER");
  const checklists = await listChecklists({ db: db(), ctx: { actor: me } });
  const groups = CADENCES.map((cadence) => ({ cadence, items: checklists.filter((c) => c.cadence === cadence) })).filter((g) => g.items.length);
  return (
    <>
      <PageHeader title="Checklists" description="Recurring operational checks and their progress this period. Periods are UTC days, weeks, months and quarters." />
      {groups.length === 0 && <p className="card p-6 text-center text-sm text-slate-500 dark:text-slate-400">No checklists yet.</p>}
      <div className="flex flex-col gap-8">
        {groups.map((g) => (
          <section key={g.cadence} aria-labelledby={`cadence-${g.cadence}`} className="min-w-0">
            <h2 id={`cadence-${g.cadence}`} className="mb-3 text-lg font-semibold">
              {CADENCE_LABEL[g.cadence]}
            </h2>
            <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
              {g.items.map((c) => (
                <ChecklistCard key={c.id} checklist={c} />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
