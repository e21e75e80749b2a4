import { getOnCallReport } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.onCallReport, async ({ ctx, query }) =>
  getOnCallReport({ db: db(), ctx, input: query }),
);
