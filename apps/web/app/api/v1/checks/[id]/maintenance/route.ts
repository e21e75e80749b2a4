import { createMaintenanceWindow } from "@opsdeck/core/check/index";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const POST = apiRoute(api.createMaintenance, async ({ ctx, params, body }) =>
  createMaintenanceWindow({ db: db(), ctx, input: { ...body, checkId: params.id } }),
);
