import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { ZOverview } from "@/lib/api/schemas";
import { readOverview } from "@/lib/health/summary";

export const dynamic = "force-dynamic";

/** What the overview page reads: the summary numbers, the open incidents and the health summary, as of one instant. */
export const GET = apiRoute(api.overview, async ({ ctx }) => ZOverview.parse((await readOverview(ctx)).data));
