import { addActionItem } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const POST = apiRoute(api.addActionItem, async ({ ctx, params, body }) =>
  addActionItem({ db: db(), ctx, input: { ...body, postmortemId: params.id } }),
);
