import { listChecklistRuns, startPreDeployRun } from "@opsdeck/core";
import { queryNumber } from "@/lib/api/checklist-inputs";
import { api } from "@/lib/api/operations";
import { pagedJson } from "@/lib/api/paged";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.listChecklistRuns, async ({ req, ctx, params, query }) => {
  const { from, to, limit, cursor } = query;
  const history = await listChecklistRuns({
    db: db(),
    ctx,
    input: { slug: params.slug, from, to, limit: queryNumber(limit), cursor },
  });
  return pagedJson(req, history, history.next);
});

export const POST = apiRoute(api.startChecklistRun, async ({ ctx, params, body }) =>
  startPreDeployRun({ db: db(), ctx, input: { slug: params.slug, label: body.label } }),
);
