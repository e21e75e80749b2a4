import { createTarget, listTargets } from "@opsdeck/core";
import { actionDeps } from "@/lib/actions/deps";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.listTargets, async ({ ctx }) => listTargets({ db: db(), ctx, input: {} }));

export const POST = apiRoute(api.createTarget, async ({ ctx, body }) =>
  createTarget({ db: db(), ctx, input: body, key: actionDeps().secretKey }),
);
