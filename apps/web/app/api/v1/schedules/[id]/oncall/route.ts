import { scheduleOnCall } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.scheduleOnCall, async ({ ctx, params, query }) =>
  scheduleOnCall({ db: db(), ctx, input: { ...query, id: params.id } }),
);
