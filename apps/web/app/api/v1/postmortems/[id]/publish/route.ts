import { setPostmortemStatus } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const POST = apiRoute(api.publishPostmortem, async ({ ctx, params }) =>
  setPostmortemStatus({ db: db(), ctx, input: { id: params.id, status: "PUBLISHED" } }),
);
