import { postmortemMarkdown } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.postmortemMarkdown, async ({ ctx, params }) => {
  const { filename, markdown } = await postmortemMarkdown({ db: db(), ctx, input: { id: params.id } });
  return new Response(markdown, {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
});
