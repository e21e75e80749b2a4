import { declareIncident, listIncidentsPage } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { pagedJson } from "@/lib/api/paged";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.listIncidents, async ({ req, ctx, query }) => {
  const { items, next } = await listIncidentsPage({ db: db(), ctx, input: { ...query, limit: query.limit ?? 200 } });
  return pagedJson(req, items, next);
});

export const POST = apiRoute(api.declareIncident, async ({ ctx, body }) =>
  declareIncident({ db: db(), ctx, input: body }),
);
