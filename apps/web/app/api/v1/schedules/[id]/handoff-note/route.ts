import { readHandoffNotes, writeHandoffNote } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.getHandoffNotes, async ({ ctx, params }) => ({
  layers: await readHandoffNotes({ db: db(), ctx, input: { id: params.id } }),
}));

export const PUT = apiRoute(api.putHandoffNote, async ({ ctx, params, body }) =>
  writeHandoffNote({ db: db(), ctx, input: { ...body, id: params.id } }),
);
