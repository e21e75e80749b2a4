import { getOverviewSummary, listIncidents } from "@opsdeck/core";
import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { OverviewClient } from "./overview-client";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const me = await requireRole("VIEWER");
  const ctx = { actor: me };
  const now = new Date();
  const [summary, openIncidents] = await Promise.all([
    getOverviewSummary({ db: db(), ctx, now }),
    listIncidents({ db: db(), ctx, input: { status: "open" }, now }),
  ]);
  return (
    <>
      <PageHeader title="Overview" description="Open incidents, SLA breaches, follow-ups and today's checks at a glance." />
      <OverviewClient initial={{ summary, openIncidents }} renderedAt={now.getTime()} />
    </>
  );
}
