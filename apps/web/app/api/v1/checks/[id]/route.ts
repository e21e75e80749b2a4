import { deleteCheck, getCheck, updateCheck } from "@opsdeck/core/check/index";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.getCheck, async ({ ctx, params, query }) =>
  getCheck({ db: db(), ctx, input: { ...query, id: params.id } }),
);

export const PATCH = apiRoute(api.updateCheck, async ({ ctx, params, body }) =>
  updateCheck({ db: db(), ctx, input: { ...body, id: params.id } }),
);

export const DELETE = apiRoute(api.deleteCheck, async ({ ctx, params }) =>
  deleteCheck({ db: db(), ctx, input: { id: params.id } }),
);
