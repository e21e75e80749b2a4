import { createChecklistTemplate, listChecklists } from "@opsdeck/core";
import { queryFlag } from "@/lib/api/checklist-inputs";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.listChecklists, async ({ ctx, query }) =>
  listChecklists({
    db: db(),
    ctx,
    input: { cadence: query.cadence, includeArchived: queryFlag(query.includeArchived) },
  }),
);

export const POST = apiRoute(api.createChecklist, async ({ ctx, body }) =>
  createChecklistTemplate({ db: db(), ctx, input: body }),
);
