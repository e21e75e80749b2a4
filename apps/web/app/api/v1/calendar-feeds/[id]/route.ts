import { revokeCalendarFeed } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const DELETE = apiRoute(api.revokeCalendarFeed, async ({ ctx, params }) =>
  revokeCalendarFeed({ db: db(), ctx, input: { id: params.id } }),
);
