import { cancelActionRun } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const POST = apiRoute(api.cancelActionRun, async ({ ctx, params }) =>
  cancelActionRun({ db: db(), ctx, input: { id: params.id } }),
);
