import type { Prisma } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import type { ServiceCall } from "../call.ts";
import { ConflictError } from "../errors.ts";
import { displayName } from "../incident/internal.ts";
import { publishLive } from "../live/publish.ts";
import { assertRole, isSystemCtx } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { evaluateRules } from "./evidence/evaluate.ts";
import { isEvidenceRule } from "./evidence/rules.ts";
import { getChecklistRun } from "./get-run.ts";
import { type ChecklistRunDto, type ItemEvidence, countOutcomes } from "./run-dto.ts";
import { assertChangeable, lockRun } from "./run-lock.ts";
import { type TSignOff, ZSignOff } from "./run-schemas.ts";

const quoteList = (titles: string[], max = 3): string =>
  titles
    .slice(0, max)
    .map((t) => `"${t}"`)
    .join(", ") + (titles.length > max ? ` and ${titles.length - max} more` : "");

/**
 * Sign the current run off by name (RESPONDER): every item answered, evidence evaluated once more and
 * kept beside what it showed at the start; an item marked done whose evidence now fails needs a remark.
 * Records who and when, and freezes the run.
 */
export async function signOffChecklistRun({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TSignOff>): Promise<ChecklistRunDto> {
  assertRole(ctx, "RESPONDER");
  const { slug, runId, note } = parseInput(ZSignOff, input);
  await db.$transaction(async (tx) => {
    const run = await lockRun(tx, slug, runId);
    assertChangeable(run, now);
    const items = await tx.checklistItemResult.findMany({
      where: { runId },
      select: { id: true, title: true, outcome: true, remark: true, evidenceRule: true, evidence: true },
      orderBy: { position: "asc" },
    });
    const open = items.filter((i) => i.outcome === null).map((i) => i.title);
    if (open.length)
      throw new ConflictError(
        `${open.length === 1 ? "1 item has" : `${open.length} items have`} no answer yet: ${quoteList(open)}. Mark each done, not done or N/A before signing off`,
      );
    const rules = [...new Set(items.map((i) => i.evidenceRule).filter(isEvidenceRule))];
    const evidence = await evaluateRules(tx, rules, now);
    const contradicted = items.filter(
      (i) =>
        i.outcome === "DONE" &&
        !i.remark &&
        isEvidenceRule(i.evidenceRule) &&
        evidence.get(i.evidenceRule)?.status === "fail",
    );
    if (contradicted.length)
      throw new ConflictError(
        `The evidence fails now for ${quoteList(contradicted.map((i) => i.title))}: add a remark saying why it is done anyway, or mark it not done`,
      );
    for (const item of items) {
      const signed = isEvidenceRule(item.evidenceRule) ? evidence.get(item.evidenceRule) : undefined;
      if (!signed) continue;
      const kept = { ...((item.evidence ?? {}) as ItemEvidence), signed };
      await tx.checklistItemResult.update({
        where: { id: item.id },
        data: { evidence: kept as unknown as Prisma.InputJsonValue },
      });
    }
    const signer = isSystemCtx(ctx)
      ? ctx.label
      : displayName(
          (await tx.user.findUnique({ where: { id: ctx.actor.id }, select: { name: true, email: true } })) ?? {
            name: null,
            email: ctx.actor.email,
          },
        );
    const { version } = await tx.checklistRun.update({
      where: { id: runId },
      data: {
        signedOffAt: now,
        signedOffById: ctx.actor?.id ?? null,
        signedOffByName: signer,
        note: note || null,
        version: { increment: 1 },
      },
      select: { version: true },
    });
    await recordAudit(tx, ctx, {
      action: "checklist.signoff",
      targetType: "checklistRun",
      targetId: runId,
      after: {
        checklist: slug,
        period: run.periodKey,
        signedOffBy: signer,
        note: note || null,
        counts: countOutcomes(items.map((i) => i.outcome)),
        evidence: Object.fromEntries([...evidence].map(([rule, e]) => [rule, e.status])),
      },
    });
    await publishLive(tx, "checklist.signoff", { slug, runId, version });
  });
  return getChecklistRun({ db, ctx, input: { slug, runId }, now });
}
