import { createChecklistTemplate, listChecklistsPage } from "@opsdeck/core";
import { queryFlag } from "@/lib/api/checklist-inputs";
import { api } from "@/lib/api/operations";
import { pagedJson } from "@/lib/api/paged";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.listChecklists, async ({ req, ctx, query }) => {
  const { cadence, includeArchived, limit, cursor } = query;
  const { items, next } = await listChecklistsPage({
    db: db(),
    ctx,
    input: { cadence, includeArchived: queryFlag(includeArchived), limit, cursor },
  });
  return pagedJson(req, items, next);
});

export const POST = apiRoute(api.createChecklist, async ({ ctx, body }) =>
  createChecklistTemplate({ db: db(), ctx, input: body }),
);
