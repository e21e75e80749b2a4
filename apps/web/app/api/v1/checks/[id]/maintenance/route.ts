import { createMaintenanceWindow } from "@opsdeck/core/check/index";
import { json } from "@/lib/api/respond";
import { apiRoute } from "@/lib/api/route";
import { readJsonBody } from "@/lib/api/schemas";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ id: string }>("RESPONDER", async ({ req, ctx, params }) => {
  const body = (await readJsonBody(req)) as Record<string, unknown>;
  return json(await createMaintenanceWindow({ db: db(), ctx, input: { ...body, serviceId: undefined, checkId: params.id } as never }), 201);
});
