import { getPostmortem, updatePostmortem } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.getPostmortem, async ({ ctx, params }) =>
  getPostmortem({ db: db(), ctx, input: { id: params.id } }),
);

export const PATCH = apiRoute(api.updatePostmortem, async ({ ctx, params, body }) =>
  updatePostmortem({ db: db(), ctx, input: { ...body, id: params.id } }),
);
