import { createChecks } from "@opsdeck/core/check/index";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const POST = apiRoute(api.createChecks, async ({ ctx, body }) => createChecks({ db: db(), ctx, input: body }));
