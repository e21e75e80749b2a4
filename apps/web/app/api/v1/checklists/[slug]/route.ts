import { archiveChecklistTemplate, getChecklist, updateChecklistTemplate } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.getChecklist, async ({ ctx, params }) =>
  getChecklist({ db: db(), ctx, input: { slug: params.slug } }),
);

export const PATCH = apiRoute(api.updateChecklist, async ({ ctx, params, body }) =>
  updateChecklistTemplate({ db: db(), ctx, input: { ...body, slug: params.slug } }),
);

export const DELETE = apiRoute(api.archiveChecklist, async ({ ctx, params }) =>
  archiveChecklistTemplate({ db: db(), ctx, input: { slug: params.slug } }),
);
