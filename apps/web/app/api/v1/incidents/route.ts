import { declareIncident, listIncidents } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.listIncidents, async ({ ctx, query }) =>
  listIncidents({ db: db(), ctx, input: { ...query, limit: 200 } }),
);

export const POST = apiRoute(api.declareIncident, async ({ ctx, body }) =>
  declareIncident({ db: db(), ctx, input: body }),
);
