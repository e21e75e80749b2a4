import { getIncident, updateIncident } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.getIncident, async ({ ctx, params }) =>
  getIncident({ db: db(), ctx, input: { number: params.number } }),
);

export const PATCH = apiRoute(api.updateIncident, async ({ ctx, params, body }) =>
  updateIncident({ db: db(), ctx, input: { ...body, number: params.number } }),
);
