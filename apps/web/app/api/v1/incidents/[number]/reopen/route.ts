import { reopenIncident } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const POST = apiRoute(api.reopenIncident, async ({ ctx, params }) =>
  reopenIncident({ db: db(), ctx, input: { number: params.number } }),
);
