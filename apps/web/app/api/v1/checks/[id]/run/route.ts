import { requestCheckRun } from "@opsdeck/core/check/index";
import { json } from "@/lib/api/respond";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ id: string }>("RESPONDER", async ({ ctx, params }) =>
  json(await requestCheckRun({ db: db(), ctx, input: { id: params.id } })),
);
