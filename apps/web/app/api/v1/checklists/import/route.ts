import { importChecklists } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { json } from "@/lib/api/respond";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

/** 201 when it created a checklist; a dry run (or one that created nothing) is 200. */
export const POST = apiRoute(api.importChecklists, async ({ ctx, body }) => {
  const result = await importChecklists({ db: db(), ctx, input: body });
  return json(result, result.checklists.some((c) => c.created) ? 201 : 200);
});
