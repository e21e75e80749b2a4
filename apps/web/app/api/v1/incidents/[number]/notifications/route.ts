import { listIncidentNotificationsPage } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { pagedJson } from "@/lib/api/paged";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.listIncidentNotifications, async ({ req, ctx, params, query }) => {
  const { items, next } = await listIncidentNotificationsPage({
    db: db(),
    ctx,
    input: { number: params.number, ...query },
  });
  return pagedJson(req, items, next);
});
