import { listChecklistRuns, startPreDeployRun } from "@opsdeck/core";
import { queryNumber } from "@/lib/api/checklist-inputs";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.listChecklistRuns, async ({ ctx, params, query }) =>
  listChecklistRuns({
    db: db(),
    ctx,
    input: { slug: params.slug, from: query.from, to: query.to, limit: queryNumber(query.limit) },
  }),
);

export const POST = apiRoute(api.startChecklistRun, async ({ ctx, params, body }) =>
  startPreDeployRun({ db: db(), ctx, input: { slug: params.slug, label: body.label } }),
);
