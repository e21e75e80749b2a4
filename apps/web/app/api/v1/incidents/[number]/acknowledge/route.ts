import { acknowledgeIncident } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const POST = apiRoute(api.acknowledgeIncident, async ({ ctx, params }) =>
  acknowledgeIncident({ db: db(), ctx, input: { number: params.number } }),
);
