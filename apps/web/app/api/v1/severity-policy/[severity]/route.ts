import { updateSeverityPolicy } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const PUT = apiRoute(api.updateSeverityPolicy, async ({ ctx, params, body }) =>
  updateSeverityPolicy({ db: db(), ctx, input: { ...body, severity: params.severity } }),
);
