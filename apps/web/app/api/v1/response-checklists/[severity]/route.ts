import { getResponseDefaults, setResponseDefaults } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.getResponseDefaults, async ({ ctx, params }) =>
  getResponseDefaults({ db: db(), ctx, input: { severity: params.severity } }),
);

export const PUT = apiRoute(api.setResponseDefaults, async ({ ctx, params, body }) =>
  setResponseDefaults({ db: db(), ctx, input: { ...body, severity: params.severity } }),
);
