import { answerChecklistItem } from "@opsdeck/core";
import { outcomeOf } from "@/lib/api/checklist-inputs";
import { api } from "@/lib/api/operations";
import { apiRoute } from "@/lib/api/route";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export const PATCH = apiRoute(api.answerChecklistItem, async ({ ctx, params, body }) =>
  answerChecklistItem({
    db: db(),
    ctx,
    input: { ...params, outcome: outcomeOf(body.result), remark: body.remark },
  }),
);
