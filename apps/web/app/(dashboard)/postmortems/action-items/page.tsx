import { hasRole, listActionItems, listUserRefs } from "@opsdeck/core";
import { liveCursor } from "@opsdeck/core/live/log";
import type { Metadata } from "next";
import { ActionItemsLive } from "@/components/postmortems/action-items/action-items-live";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Action items" };

type Props = { searchParams: Promise<{ overdue?: string }> };

export default async function ActionItemsPage({ searchParams }: Props) {
  const me = await requireRole("VIEWER");
  const ctx = { actor: me };
  const overdue = (await searchParams).overdue === "true";
  const now = Date.now();
  const liveFrom = await liveCursor(db());
  const [items, people] = await Promise.all([
    listActionItems({ db: db(), ctx, input: { status: "NOT_DONE", overdue } }),
    hasRole(me.role, "RESPONDER") ? listUserRefs({ db: db(), ctx, minRole: "RESPONDER" }) : null,
  ]);
  return (
    <>
      <BackLink href="/postmortems">Postmortems</BackLink>
      <PageHeader
        title="Action items"
        description="Follow-ups of every postmortem that are not done, soonest due first."
      />
      <ActionItemsLive overdue={overdue} initial={items} renderedAt={now} liveFrom={liveFrom} people={people} />
    </>
  );
}
