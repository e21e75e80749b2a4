import { deleteActionItem, updateActionItem } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const PATCH = apiRoute(api.updateActionItem, async ({ ctx, params, body }) =>
  updateActionItem({ db: db(), ctx, input: { ...body, id: params.id } }),
);

export const DELETE = apiRoute(api.deleteActionItem, async ({ ctx, params }) =>
  deleteActionItem({ db: db(), ctx, input: { id: params.id } }),
);
