import { listAlertRuleHistory } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { pagedJson } from "@/lib/api/paged";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.listAlertRuleHistory, async ({ req, ctx, params, query }) => {
  const { items, next } = await listAlertRuleHistory({ db: db(), ctx, input: { ...query, id: params.id } });
  return pagedJson(req, items, next);
});
