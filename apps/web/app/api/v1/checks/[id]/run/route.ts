import { requestCheckRun } from "@opsdeck/core/check/index";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const POST = apiRoute(api.runCheck, async ({ ctx, params }) =>
  requestCheckRun({ db: db(), ctx, input: { id: params.id } }),
);
