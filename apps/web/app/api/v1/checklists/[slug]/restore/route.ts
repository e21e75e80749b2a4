import { restoreChecklistTemplate } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const POST = apiRoute(api.restoreChecklist, async ({ ctx, params }) =>
  restoreChecklistTemplate({ db: db(), ctx, input: { slug: params.slug } }),
);
