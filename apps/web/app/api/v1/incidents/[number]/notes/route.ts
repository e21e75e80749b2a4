import { addIncidentNote } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const POST = apiRoute(api.addIncidentNote, async ({ ctx, params, body }) =>
  addIncidentNote({ db: db(), ctx, input: { ...body, number: params.number } }),
);
