import { deleteAlertRule, getAlertRule, updateAlertRule } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.getAlertRule, async ({ ctx, params }) =>
  getAlertRule({ db: db(), ctx, input: { id: params.id } }),
);

export const PATCH = apiRoute(api.updateAlertRule, async ({ ctx, params, body }) =>
  updateAlertRule({ db: db(), ctx, input: { ...body, id: params.id } }),
);

export const DELETE = apiRoute(api.deleteAlertRule, async ({ ctx, params }) =>
  deleteAlertRule({ db: db(), ctx, input: { id: params.id } }),
);
