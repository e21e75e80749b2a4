import { listBackupsPage } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { pagedJson } from "@/lib/api/paged";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.listBackups, async ({ req, ctx, params, query }) => {
  const { items, next } = await listBackupsPage({ db: db(), ctx, input: { id: params.id, ...query } });
  return pagedJson(req, items, next);
});
