import { deleteChannel, updateChannel } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";
import { notifyDeps } from "@/lib/notifications/deps";

export const dynamic = "force-dynamic";

export const PATCH = apiRoute(api.updateNotificationChannel, async ({ ctx, params, body }) =>
  updateChannel({ db: db(), ctx, input: { ...body, id: params.id }, key: notifyDeps().key }),
);

export const DELETE = apiRoute(api.deleteNotificationChannel, async ({ ctx, params }) => {
  await deleteChannel({ db: db(), ctx, input: { id: params.id } });
  return { id: params.id };
});
