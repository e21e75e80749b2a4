import { createChannel, listChannelsPage } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { pagedJson } from "@/lib/api/paged";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";
import { notifyDeps } from "@/lib/notifications/deps";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.listNotificationChannels, async ({ req, ctx, query }) => {
  const { items, next } = await listChannelsPage({ db: db(), ctx, input: query });
  return pagedJson(req, items, next);
});

export const POST = apiRoute(api.createNotificationChannel, async ({ ctx, body }) =>
  createChannel({ db: db(), ctx, input: body, key: notifyDeps().key }),
);
