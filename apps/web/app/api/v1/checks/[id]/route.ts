import { deleteCheck, getCheck, updateCheck } from "@opsdeck/core/check/index";
import { json } from "@/lib/api/respond";
import { apiRoute } from "@/lib/api/route";
import { readJsonBody } from "@/lib/api/schemas";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
type P = { id: string };

export const GET = apiRoute<P>("VIEWER", async ({ req, ctx, params }) => {
  const range = new URL(req.url).searchParams.get("range") ?? undefined;
  return json(await getCheck({ db: db(), ctx, input: { id: params.id, range: range as never } }));
});

export const PATCH = apiRoute<P>("RESPONDER", async ({ req, ctx, params }) => {
  const body = (await readJsonBody(req)) as Record<string, unknown>;
  return json(await updateCheck({ db: db(), ctx, input: { ...body, id: params.id } as never }));
});

export const DELETE = apiRoute<P>("RESPONDER", async ({ ctx, params }) => json(await deleteCheck({ db: db(), ctx, input: { id: params.id } })));
