import { createEscalationPolicy, listEscalationPolicies } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { pagedJson } from "@/lib/api/paged";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.listEscalationPolicies, async ({ req, ctx, query }) => {
  const { items, next } = await listEscalationPolicies({ db: db(), ctx, input: query });
  return pagedJson(req, items, next);
});

export const POST = apiRoute(api.createEscalationPolicy, async ({ ctx, body }) =>
  createEscalationPolicy({ db: db(), ctx, input: body }),
);
