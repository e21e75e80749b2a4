import { createChannel, listChannels } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";
import { notifyDeps } from "@/lib/notifications/deps";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.listNotificationChannels, async ({ ctx }) =>
  listChannels({ db: db(), ctx, input: {} }),
);

export const POST = apiRoute(api.createNotificationChannel, async ({ ctx, body }) =>
  createChannel({ db: db(), ctx, input: body, key: notifyDeps().key }),
);
