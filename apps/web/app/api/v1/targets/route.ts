import { createTarget, listTargetsPage } from "@opsdeck/core";
import { actionDeps } from "@/lib/actions/deps";
import { api } from "@/lib/api/operations";
import { pagedJson } from "@/lib/api/paged";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.listTargets, async ({ req, ctx, query }) => {
  const { items, next } = await listTargetsPage({ db: db(), ctx, input: query });
  return pagedJson(req, items, next);
});

export const POST = apiRoute(api.createTarget, async ({ ctx, body }) =>
  createTarget({ db: db(), ctx, input: body, key: actionDeps().secretKey }),
);
