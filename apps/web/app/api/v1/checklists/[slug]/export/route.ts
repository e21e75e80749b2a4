import { exportChecklistRuns } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.exportChecklistRuns, async ({ ctx, params, query }) => {
  const file = await exportChecklistRuns({ db: db(), ctx, input: { ...query, slug: params.slug } });
  return new Response(file.body, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.filename}"`,
      "cache-control": "no-store",
    },
  });
});
