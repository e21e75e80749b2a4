import { getChecklistTemplate } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.getChecklistTemplate, async ({ ctx, params }) =>
  getChecklistTemplate({ db: db(), ctx, input: { slug: params.slug } }),
);
