import { listRunNotifications } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.listChecklistRunNotifications, async ({ ctx, params }) =>
  listRunNotifications({ db: db(), ctx, input: { slug: params.slug, runId: params.runId } }),
);
