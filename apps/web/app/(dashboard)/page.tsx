import { listDuePostmortems } from "@opsdeck/core";
import type { Metadata } from "next";
import { PostmortemsDue } from "@/components/overview/postmortems-due";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { readOverview } from "@/lib/health/summary";
import { OverviewClient } from "./overview-client";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const me = await requireRole("VIEWER");
  const ctx = { actor: me };
  const now = new Date();
  // The health summary holds every change up to `cursor`: the page's stream catches up from there.
  const [overview, duePostmortems] = await Promise.all([
    readOverview(ctx, now),
    listDuePostmortems({ db: db(), ctx, now }),
  ]);
  return (
    <>
      <PageHeader
        title="Overview"
        description="Service health, open incidents, SLA breaches, follow-ups and today's checklists at a glance."
      />
      <PostmortemsDue items={duePostmortems} />
      <OverviewClient
        initialJson={JSON.stringify(overview.data)}
        renderedAt={now.getTime()}
        liveFrom={overview.cursor}
      />
    </>
  );
}
