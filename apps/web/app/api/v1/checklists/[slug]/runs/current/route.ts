import { getCurrentChecklistRun, NotFoundError } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.getCurrentChecklistRun, async ({ ctx, params }) => {
  const run = await getCurrentChecklistRun({ db: db(), ctx, input: { slug: params.slug } });
  if (!run)
    throw new NotFoundError(
      `Checklist ${params.slug} has no current run: a pre-deploy checklist has none until a run is started (POST its runs), and an archived checklist or one without items gets none`,
    );
  return run;
});
