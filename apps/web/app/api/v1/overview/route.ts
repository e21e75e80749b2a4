import { getOverviewSummary, listIncidents } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { ZOverview } from "@/lib/api/schemas";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

/** What the overview page polls: the summary numbers and the open incidents, as of one instant. */
export const GET = apiRoute(api.overview, async ({ ctx }) => {
  const now = new Date();
  const [summary, openIncidents] = await Promise.all([
    getOverviewSummary({ db: db(), ctx, now }),
    listIncidents({ db: db(), ctx, input: { status: "open" }, now }),
  ]);
  return ZOverview.parse({ summary, openIncidents });
});
