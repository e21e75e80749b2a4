import { deleteTarget, getTarget, updateTarget } from "@opsdeck/core";
import { actionDeps } from "@/lib/actions/deps";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.getTarget, async ({ ctx, params }) =>
  getTarget({ db: db(), ctx, input: { id: params.id } }),
);

export const PATCH = apiRoute(api.updateTarget, async ({ ctx, params, body }) =>
  updateTarget({ db: db(), ctx, input: { ...body, id: params.id }, key: actionDeps().secretKey }),
);

export const DELETE = apiRoute(api.deleteTarget, async ({ ctx, params }) => {
  await deleteTarget({ db: db(), ctx, input: { id: params.id } });
  return { id: params.id };
});
