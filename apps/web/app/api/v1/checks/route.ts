import { createCheck, listCheckTiles } from "@opsdeck/core/check/index";
import { json } from "@/lib/api/respond";
import { apiRoute } from "@/lib/api/route";
import { readJsonBody } from "@/lib/api/schemas";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute("VIEWER", async ({ req, ctx }) => {
  const q = new URL(req.url).searchParams;
  const input = { q: q.get("q") ?? undefined, state: (q.get("state") ?? undefined) as never, limit: q.get("limit") ?? undefined };
  return json(await listCheckTiles({ db: db(), ctx, input }));
});

export const POST = apiRoute("RESPONDER", async ({ req, ctx }) =>
  json(await createCheck({ db: db(), ctx, input: (await readJsonBody(req)) as never }), 201),
);
