import { getDatabaseInsights } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { insightsDeps } from "@/lib/databases/deps";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.getDatabaseInsights, async ({ ctx, params, query }) =>
  getDatabaseInsights({ db: db(), ctx, input: { ...query, id: params.id }, deps: insightsDeps() }),
);
