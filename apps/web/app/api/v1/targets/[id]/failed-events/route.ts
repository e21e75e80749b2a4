import { listFailedWebhooks } from "@opsdeck/core";
import { actionDeps } from "@/lib/actions/deps";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.listFailedWebhooks, async ({ ctx, params, query }) =>
  listFailedWebhooks({ db: db(), ctx, input: { ...query, id: params.id }, deps: actionDeps() }),
);
