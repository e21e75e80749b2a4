import { addOverride } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const POST = apiRoute(api.addScheduleOverride, async ({ ctx, params, body }) =>
  addOverride({ db: db(), ctx, input: { ...body, id: params.id } }),
);
