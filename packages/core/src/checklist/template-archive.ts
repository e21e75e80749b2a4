import type { Db } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import type { ServiceCall } from "../call.ts";
import { ConflictError } from "../errors.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { type ChecklistTemplateDto, readChecklistTemplate } from "./template-dto.ts";
import { type TChecklistTemplateRef, ZChecklistTemplateRef } from "./template-schemas.ts";
import { lockChecklistTemplate, nextUpdatedAt } from "./template-write.ts";

/** Retire a checklist (ADMIN): it gets no new runs; its past runs stay. */
export async function archiveChecklistTemplate({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TChecklistTemplateRef>): Promise<ChecklistTemplateDto> {
  assertRole(ctx, "ADMIN");
  const { slug } = parseInput(ZChecklistTemplateRef, input);
  return setArchivedAt(db, ctx, slug, now);
}

/** Bring an archived checklist back (ADMIN), so it gets runs again. */
export async function restoreChecklistTemplate({
  db,
  ctx,
  input,
}: ServiceCall<TChecklistTemplateRef>): Promise<ChecklistTemplateDto> {
  assertRole(ctx, "ADMIN");
  const { slug } = parseInput(ZChecklistTemplateRef, input);
  return setArchivedAt(db, ctx, slug, null);
}

async function setArchivedAt(
  db: Db,
  ctx: AnyCtx,
  slug: string,
  archivedAt: Date | null,
): Promise<ChecklistTemplateDto> {
  return db.$transaction(async (tx) => {
    // Locked, so of two concurrent archives the second sees the first's and is refused.
    const before = await lockChecklistTemplate(tx, slug);
    if (archivedAt && before.archivedAt) throw new ConflictError(`Checklist ${slug} is already archived`);
    if (!archivedAt && !before.archivedAt) throw new ConflictError(`Checklist ${slug} is not archived`);
    await tx.checklistTemplate.update({
      where: { id: before.id },
      data: { archivedAt, updatedAt: nextUpdatedAt(before) },
    });
    const after = await readChecklistTemplate(tx, { id: before.id });
    const keep = ({ slug, name, archivedAt }: ChecklistTemplateDto) => ({ slug, name, archivedAt });
    await recordAudit(tx, ctx, {
      action: archivedAt ? "checklist.archive" : "checklist.restore",
      targetType: "checklist",
      targetId: before.id,
      before: keep(before),
      after: keep(after),
    });
    return after;
  });
}
