import { createService, listServices } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.listServices, async ({ ctx, query }) => listServices({ db: db(), ctx, input: query }));

export const POST = apiRoute(api.createService, async ({ ctx, body }) => createService({ db: db(), ctx, input: body }));
