import { getChecklistRun } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.getChecklistRun, async ({ ctx, params }) =>
  getChecklistRun({ db: db(), ctx, input: { slug: params.slug, runId: params.runId } }),
);
