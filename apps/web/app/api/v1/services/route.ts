import { createService, listServices } from "@opsdeck/core";
import { json } from "@/lib/api/respond";
import { apiRoute } from "@/lib/api/route";
import { readJsonBody } from "@/lib/api/schemas";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute("VIEWER", async ({ req, ctx }) => {
  const q = new URL(req.url).searchParams;
  return json(await listServices({ db: db(), ctx, input: { q: q.get("q") ?? undefined, tier: (q.get("tier") ?? undefined) as never } }));
});

export const POST = apiRoute("RESPONDER", async ({ req, ctx }) =>
  json(await createService({ db: db(), ctx, input: (await readJsonBody(req)) as never }), 201),
);
