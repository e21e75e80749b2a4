import { hasRole, listActionRuns, listTargets } from "@opsdeck/core";
import { ACTION_KINDS, ACTION_STATUSES } from "@opsdeck/core/action/kinds";
import { liveCursor } from "@opsdeck/core/live/log";
import type { Metadata } from "next";
import Link from "next/link";
import { RunFilters } from "@/components/actions/runs/run-filters";
import { RunsLive } from "@/components/actions/runs/runs-live";
import { TargetGroups } from "@/components/actions/targets/target-groups";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Actions" };

type Search = { status?: string | string[]; kind?: string | string[]; targetId?: string | string[] };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ActionsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const me = await requireRole("VIEWER");
  const ctx = { actor: me };
  const sp = await searchParams;
  const targets = await listTargets({ db: db(), ctx, input: {} });
  // Unknown filter values fall back to "any" instead of failing the page.
  const filters = {
    status: ACTION_STATUSES.find((s) => s === first(sp.status)),
    kind: ACTION_KINDS.find((k) => k === first(sp.kind)),
    targetId: targets.find((t) => t.id === first(sp.targetId))?.id,
  };
  const now = Date.now();
  // Read before the data: events after it are caught up by the page's stream, none is missed.
  const liveFrom = await liveCursor(db());
  const runs = await listActionRuns({ db: db(), ctx, input: { ...filters, limit: 100 } });
  const isAdmin = hasRole(me.role, "ADMIN");
  const filtered = Boolean(filters.status || filters.kind || filters.targetId);
  return (
    <>
      <PageHeader
        title="Actions"
        description="Roll back, back up, restore and replay webhooks, each run as an audited job."
        actions={
          isAdmin && (
            <Link href="/actions/targets/new" className="btn-primary">
              Add target
            </Link>
          )
        }
      />
      <section aria-labelledby="runs" className="min-w-0">
        <h2 id="runs" className="mb-3 text-lg font-semibold">
          Runs
        </h2>
        <RunFilters {...filters} targets={targets} />
        <RunsLive
          key={JSON.stringify(filters)}
          filters={filters}
          initial={runs}
          renderedAt={now}
          liveFrom={liveFrom}
          empty={filtered ? "No runs match these filters." : "No actions have been run yet."}
        />
      </section>
      <section aria-labelledby="targets" className="mt-8 min-w-0">
        <h2 id="targets" className="mb-3 text-lg font-semibold">
          Targets
        </h2>
        <TargetGroups targets={targets} isAdmin={isAdmin} />
      </section>
    </>
  );
}
