import { recordAudit } from "../audit/record.ts";
import type { ServiceCall } from "../call.ts";
import { ConflictError, NotFoundError, ValidationError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { getChecklistRun } from "./get-run.ts";
import { OPEN_TEMPLATE_SELECT, openRun } from "./open-run.ts";
import { periodKey } from "./period.ts";
import type { ChecklistRunDto } from "./run-dto.ts";
import { type TCurrentRun, type TStartPreDeployRun, ZCurrentRun, ZStartPreDeployRun } from "./run-schemas.ts";

/**
 * The run people work on now (VIEWER). For a calendar checklist: this period's run, opened on demand if
 * the worker has not opened it yet. For a pre-deploy checklist: the latest run, or null before the first.
 */
export async function getCurrentChecklistRun({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TCurrentRun>): Promise<ChecklistRunDto | null> {
  assertRole(ctx, "VIEWER");
  const { slug } = parseInput(ZCurrentRun, input);
  const template = await db.checklistTemplate.findUnique({ where: { slug }, select: OPEN_TEMPLATE_SELECT });
  if (!template) throw new NotFoundError("Checklist not found");
  if (template.cadence === "PRE_DEPLOY") {
    const latest = await db.checklistRun.findFirst({
      where: { templateId: template.id },
      orderBy: [{ startedAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    return latest ? getChecklistRun({ db, ctx, input: { slug, runId: latest.id }, now }) : null;
  }
  const key = periodKey(template.cadence, now, template.timeZone);
  const existing = await db.checklistRun.findUnique({
    where: { templateId_periodKey: { templateId: template.id, periodKey: key } },
    select: { id: true },
  });
  if (existing) return getChecklistRun({ db, ctx, input: { slug, runId: existing.id }, now });
  if (template.archivedAt || template.items.length === 0) return null;
  const { id } = await db.$transaction((tx) => openRun(tx, template, key, now, ctx.actor?.id ?? null));
  return getChecklistRun({ db, ctx, input: { slug, runId: id }, now });
}

/** Start a pre-deploy run for one deploy, named by `label` (RESPONDER). A label already used is refused. */
export async function startPreDeployRun({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TStartPreDeployRun>): Promise<ChecklistRunDto> {
  assertRole(ctx, "RESPONDER");
  const { slug, label } = parseInput(ZStartPreDeployRun, input);
  const { id } = await db.$transaction(async (tx) => {
    const template = await tx.checklistTemplate.findUnique({ where: { slug }, select: OPEN_TEMPLATE_SELECT });
    if (!template) throw new NotFoundError("Checklist not found");
    if (template.cadence !== "PRE_DEPLOY")
      throw new ValidationError({
        slug: ["Only pre-deploy checklists start runs by hand: this one opens each period"],
      });
    if (template.archivedAt) throw new ConflictError("This checklist is archived: restore it to start a run");
    const run = await openRun(tx, template, label, now, ctx.actor?.id ?? null);
    if (!run.created) throw new ConflictError(`A run named ${label} already exists: choose another label`);
    await recordAudit(tx, ctx, {
      action: "checklist.start",
      targetType: "checklistRun",
      targetId: run.id,
      after: { checklist: slug, period: label },
    });
    return run;
  });
  return getChecklistRun({ db, ctx, input: { slug, runId: id }, now });
}
