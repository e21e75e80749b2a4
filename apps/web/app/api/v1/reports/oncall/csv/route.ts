import { getOnCallReport, onCallReportCsv } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.onCallReportCsv, async ({ ctx, query }) => {
  const file = onCallReportCsv(await getOnCallReport({ db: db(), ctx, input: query }));
  return new Response(file.body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${file.filename}"`,
      "cache-control": "no-store",
    },
  });
});
