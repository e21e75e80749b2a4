import { getServiceHealth } from "@opsdeck/core/check/index";
import { json } from "@/lib/api/respond";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ slug: string }>("VIEWER", async ({ req, ctx, params }) => {
  const range = new URL(req.url).searchParams.get("range") ?? undefined;
  return json(await getServiceHealth({ db: db(), ctx, input: { serviceSlug: params.slug, range: range as never } }));
});
