import { recordAudit } from "../audit/record.ts";
import type { ServiceCall } from "../call.ts";
import { NotFoundError } from "../errors.ts";
import { publishLive } from "../live/publish.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { getChecklistRun } from "./get-run.ts";
import type { ChecklistRunDto } from "./run-dto.ts";
import { assertChangeable, lockRun } from "./run-lock.ts";
import { type TAnswerItem, ZAnswerItem } from "./run-schemas.ts";

/** Mark one item of the current run done, not done or not applicable (the last two with a remark). RESPONDER. */
export async function answerChecklistItem({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TAnswerItem>): Promise<ChecklistRunDto> {
  assertRole(ctx, "RESPONDER");
  const { slug, runId, itemId, outcome, remark } = parseInput(ZAnswerItem, input);
  await db.$transaction(async (tx) => {
    const run = await lockRun(tx, slug, runId);
    assertChangeable(run, now);
    const before = await tx.checklistItemResult.findFirst({
      where: { id: itemId, runId },
      select: { title: true, outcome: true, remark: true },
    });
    if (!before) throw new NotFoundError("No such item in this run");
    const after = { title: before.title, outcome, remark: remark || null };
    await tx.checklistItemResult.update({
      where: { id: itemId },
      data: { outcome, remark: after.remark, answeredById: ctx.actor?.id ?? null, answeredAt: now },
    });
    const { version } = await tx.checklistRun.update({
      where: { id: runId },
      data: { version: { increment: 1 } },
      select: { version: true },
    });
    await recordAudit(tx, ctx, {
      action: "checklist.item",
      targetType: "checklistRun",
      targetId: runId,
      before: { checklist: slug, period: run.periodKey, ...before },
      after: { checklist: slug, period: run.periodKey, ...after },
    });
    await publishLive(tx, "checklist.item", { slug, runId, version });
  });
  return getChecklistRun({ db, ctx, input: { slug, runId }, now });
}
