import { createCheck, listCheckTiles } from "@opsdeck/core/check/index";
import { api } from "@/lib/api/operations";
import { pagedJson } from "@/lib/api/paged";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.listChecks, async ({ req, ctx, query }) => {
  const tiles = await listCheckTiles({ db: db(), ctx, input: query });
  return pagedJson(req, tiles, tiles.next);
});

export const POST = apiRoute(api.createCheck, async ({ ctx, body }) => createCheck({ db: db(), ctx, input: body }));
