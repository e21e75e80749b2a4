import { getOverviewSummary, listDuePostmortems, listIncidents } from "@opsdeck/core";
import { listCheckTiles } from "@opsdeck/core/check/index";
import { liveCursor } from "@opsdeck/core/live/log";
import type { Metadata } from "next";
import { PostmortemsDue } from "@/components/overview/postmortems-due";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { leaveOutHiddenSparklines } from "@/lib/health/fold";
import { db } from "@/lib/db";
import { OverviewClient } from "./overview-client";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const me = await requireRole("VIEWER");
  const ctx = { actor: me };
  const now = new Date();
  // Read before the data: events after it are caught up by the page's stream, none is missed.
  const liveFrom = await liveCursor(db());
  const [summary, openIncidents, tiles, duePostmortems] = await Promise.all([
    getOverviewSummary({ db: db(), ctx, now }),
    listIncidents({ db: db(), ctx, input: { status: "open" }, now }),
    listCheckTiles({ db: db(), ctx, now }),
    listDuePostmortems({ db: db(), ctx, now }),
  ]);
  const firstPaint = leaveOutHiddenSparklines(tiles);
  return (
    <>
      <PageHeader
        title="Overview"
        description="Service health, open incidents, SLA breaches, follow-ups and today's checklists at a glance."
      />
      <PostmortemsDue items={duePostmortems} />
      <OverviewClient
        initial={{ summary, openIncidents }}
        tilesJson={JSON.stringify(firstPaint.tiles)}
        tilesComplete={!firstPaint.partial}
        renderedAt={now.getTime()}
        liveFrom={liveFrom}
      />
    </>
  );
}
