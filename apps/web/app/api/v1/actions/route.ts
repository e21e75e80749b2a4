import { listActionRuns, requestAction } from "@opsdeck/core";
import { actionDeps } from "@/lib/actions/deps";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.listActionRuns, async ({ ctx, query }) =>
  listActionRuns({ db: db(), ctx, input: query }),
);

export const POST = apiRoute(api.requestAction, async ({ ctx, body }) =>
  requestAction({ db: db(), ctx, input: body, deps: actionDeps() }),
);
