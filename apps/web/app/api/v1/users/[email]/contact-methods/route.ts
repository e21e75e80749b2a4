import { listContactMethods, putContactMethods } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";
import { notifyDeps } from "@/lib/notifications/deps";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.getContactMethods, async ({ ctx, params }) => ({
  methods: await listContactMethods({ db: db(), ctx, input: { email: params.email }, key: notifyDeps().key }),
}));

export const PUT = apiRoute(api.setContactMethods, async ({ ctx, params, body }) => ({
  methods: await putContactMethods({
    db: db(),
    ctx,
    input: { email: params.email, methods: body },
    key: notifyDeps().key,
  }),
}));
