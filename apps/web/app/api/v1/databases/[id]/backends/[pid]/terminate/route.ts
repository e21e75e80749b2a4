import { terminateBackend } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { insightsDeps } from "@/lib/databases/deps";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const POST = apiRoute(api.terminateBackend, async ({ ctx, params, body }) =>
  terminateBackend({ db: db(), ctx, input: { ...body, id: params.id, pid: params.pid }, deps: insightsDeps() }),
);
