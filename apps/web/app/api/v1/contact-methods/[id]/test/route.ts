import { testContactMethod } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";
import { notifyDeps } from "@/lib/notifications/deps";

export const dynamic = "force-dynamic";

export const POST = apiRoute(api.testContactMethod, async ({ ctx, params }) =>
  testContactMethod({ db: db(), ctx, input: { id: params.id }, ...notifyDeps() }),
);
