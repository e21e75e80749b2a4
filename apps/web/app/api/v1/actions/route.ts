import { listActionRunsPage, requestAction } from "@opsdeck/core";
import { actionDeps } from "@/lib/actions/deps";
import { queryNumber } from "@/lib/api/checklist-inputs";
import { api } from "@/lib/api/operations";
import { pagedJson } from "@/lib/api/paged";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.listActionRuns, async ({ req, ctx, query }) => {
  const input = { ...query, limit: queryNumber(query.limit?.toString()) };
  const { items, next } = await listActionRunsPage({ db: db(), ctx, input });
  return pagedJson(req, items, next);
});

export const POST = apiRoute(api.requestAction, async ({ ctx, body }) =>
  requestAction({ db: db(), ctx, input: body, deps: actionDeps() }),
);
