import { listMarkersPage } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { pagedJson } from "@/lib/api/paged";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.listMarkers, async ({ req, ctx, query }) => {
  const { items, next } = await listMarkersPage({ db: db(), ctx, input: query });
  return pagedJson(req, items, next);
});
