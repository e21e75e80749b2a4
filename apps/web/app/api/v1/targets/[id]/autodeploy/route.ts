import { renderAutoDeploy } from "@opsdeck/core";
import { actionDeps } from "@/lib/actions/deps";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.getAutoDeploy, async ({ ctx, params }) =>
  renderAutoDeploy({ db: db(), ctx, input: { id: params.id }, deps: actionDeps() }),
);

export const POST = apiRoute(api.setAutoDeploy, async ({ ctx, params, body }) =>
  renderAutoDeploy({ db: db(), ctx, input: { id: params.id, on: body.on }, deps: actionDeps() }),
);
