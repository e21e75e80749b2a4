import { getServiceHealth } from "@opsdeck/core/check/index";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.serviceHealth, async ({ ctx, params, query }) =>
  getServiceHealth({ db: db(), ctx, input: { ...query, serviceSlug: params.slug } }),
);
