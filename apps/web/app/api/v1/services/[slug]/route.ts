import { deleteService, getService, updateService } from "@opsdeck/core";
import { json } from "@/lib/api/respond";
import { apiRoute } from "@/lib/api/route";
import { readJsonBody } from "@/lib/api/schemas";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
type P = { slug: string };

export const GET = apiRoute<P>("VIEWER", async ({ ctx, params }) => json(await getService({ db: db(), ctx, input: { slug: params.slug } })));

export const PATCH = apiRoute<P>("RESPONDER", async ({ req, ctx, params }) => {
  const body = (await readJsonBody(req)) as Record<string, unknown>;
  return json(await updateService({ db: db(), ctx, input: { ...body, serviceSlug: params.slug } as never }));
});

export const DELETE = apiRoute<P>("RESPONDER", async ({ ctx, params }) =>
  json(await deleteService({ db: db(), ctx, input: { serviceSlug: params.slug } })),
);
