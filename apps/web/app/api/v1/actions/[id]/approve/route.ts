import { approveActionRun } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const POST = apiRoute(api.approveActionRun, async ({ ctx, params }) =>
  approveActionRun({ db: db(), ctx, input: { id: params.id } }),
);
