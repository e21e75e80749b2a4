import { hasRole, listChecklists } from "@opsdeck/core";
import { liveCursor } from "@opsdeck/core/live/log";
import type { Metadata } from "next";
import Link from "next/link";
import { ChecklistList } from "@/components/checklists/checklist-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Checklists" };

export default async function ChecklistsPage() {
  const me = await requireRole("VIEWER");
  const renderedAt = Date.now();
  // Read before the data: events after it are caught up by the page's stream, none is missed.
  const liveFrom = await liveCursor(db());
  const checklists = await listChecklists({ db: db(), ctx: { actor: me } });
  const admin = hasRole(me.role, "ADMIN");
  return (
    <>
      <PageHeader
        title="Checklists"
        description="Recurring operational checks: tick each item, note what is not done, sign off. Each checklist's periods and due times are in its own time zone."
        actions={
          admin && (
            <>
              <Link href="/checklists/import" className="btn-secondary">
                Import from runbook
              </Link>
              <Link href="/checklists/new" className="btn-primary">
                New checklist
              </Link>
            </>
          )
        }
      />
      <ChecklistList initial={checklists} renderedAt={renderedAt} liveFrom={liveFrom} />
    </>
  );
}
