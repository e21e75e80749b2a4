import { deleteEscalationPolicy, getEscalationPolicy } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = apiRoute(api.getEscalationPolicy, async ({ ctx, params }) =>
  getEscalationPolicy({ db: db(), ctx, input: { id: params.id } }),
);

export const DELETE = apiRoute(api.deleteEscalationPolicy, async ({ ctx, params }) =>
  deleteEscalationPolicy({ db: db(), ctx, input: { id: params.id } }),
);
