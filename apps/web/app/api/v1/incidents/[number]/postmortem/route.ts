import { createPostmortem } from "@opsdeck/core";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const POST = apiRoute(api.createPostmortem, async ({ ctx, params }) =>
  createPostmortem({ db: db(), ctx, input: { number: params.number } }),
);
