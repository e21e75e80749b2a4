import { listDeployments } from "@opsdeck/core";
import { actionDeps } from "@/lib/actions/deps";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.listDeployments, async ({ ctx, params }) =>
  listDeployments({ db: db(), ctx, input: { id: params.id }, deps: actionDeps() }),
);
