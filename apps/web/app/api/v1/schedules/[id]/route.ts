import { getSchedule } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.getSchedule, async ({ ctx, params }) =>
  getSchedule({ db: db(), ctx, input: { id: params.id } }),
);
