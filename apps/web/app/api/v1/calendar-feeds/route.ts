import { createCalendarFeed, listCalendarFeeds } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { pagedJson } from "@/lib/api/paged";
import { apiRoute } from "@/lib/api/route";
import { feedBaseUrl } from "@/lib/calendar/base-url";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.listCalendarFeeds, async ({ req, ctx, query }) => {
  const { items, next } = await listCalendarFeeds({ db: db(), ctx, input: query });
  return pagedJson(req, items, next);
});

export const POST = apiRoute(api.createCalendarFeed, async ({ ctx, body }) => {
  const { url, feed } = await createCalendarFeed({ db: db(), ctx, input: body, baseUrl: await feedBaseUrl() });
  return { id: feed.id, url };
});
