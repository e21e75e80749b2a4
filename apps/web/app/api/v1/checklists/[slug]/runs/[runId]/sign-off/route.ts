import { signOffChecklistRun } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const POST = apiRoute(api.signOffChecklistRun, async ({ ctx, params, body }) =>
  signOffChecklistRun({ db: db(), ctx, input: { ...params, note: body.note } }),
);
