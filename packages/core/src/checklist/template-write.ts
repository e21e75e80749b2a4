import type { Prisma } from "@opsdeck/db";
import type { z } from "zod";
import { recordAudit } from "../audit/record.ts";
import type { ServiceCall } from "../call.ts";
import { ConflictError, type FieldErrors, NotFoundError, ValidationError } from "../errors.ts";
import { assertRole, hasRole } from "../roles.ts";
import { slugify } from "../service/schemas.ts";
import { isUniqueViolation } from "../service/internal.ts";
import { parseInput } from "../validate.ts";
import { type ChecklistTemplateDto, readChecklistTemplate, templateAuditOf } from "./template-dto.ts";
import {
  dueDayError,
  type TCreateChecklistTemplate,
  type TUpdateChecklistTemplate,
  type ZChecklistItemInput,
  ZCreateChecklistTemplate,
  ZUpdateChecklistTemplate,
} from "./template-schemas.ts";

type Tx = Prisma.TransactionClient;
type ItemInput = z.output<typeof ZChecklistItemInput>;

const SLUG_TAKEN = "Another checklist has that slug";
/** Paths of the checklist pages and API that a slug would shadow. */
export const RESERVED_CHECKLIST_SLUGS = new Set(["new", "import"]);
const HAS_RUNS = "This checklist has runs: create a new one instead of changing its cadence";

/** Add a checklist with its items (ADMIN); the slug comes from the name unless given. */
export async function createChecklistTemplate({
  db,
  ctx,
  input,
}: ServiceCall<TCreateChecklistTemplate>): Promise<ChecklistTemplateDto> {
  assertRole(ctx, "ADMIN");
  const { items, slug: given, ...fields } = parseInput(ZCreateChecklistTemplate, input);
  const slug = given ?? slugify(fields.name);
  try {
    return await db.$transaction(async (tx) => {
      const errors: FieldErrors = {};
      if (RESERVED_CHECKLIST_SLUGS.has(slug))
        addError(errors, "slug", `"${slug}" names a page of Opsdeck: choose another`);
      else if (await tx.checklistTemplate.findUnique({ where: { slug }, select: { id: true } }))
        addError(errors, "slug", SLUG_TAKEN);
      addError(errors, "dueDay", dueDayError(fields.cadence, fields.dueDay));
      addError(errors, "assigneeId", fields.assigneeId && (await assigneeError(tx, fields.assigneeId)));
      if (Object.keys(errors).length) throw new ValidationError(errors);
      const { id } = await tx.checklistTemplate.create({
        data: { ...fields, slug, items: { create: items.map((item, position) => ({ ...item, position })) } },
        select: { id: true },
      });
      const after = await readChecklistTemplate(tx, { id });
      await recordAudit(tx, ctx, {
        action: "checklist.create",
        targetType: "checklist",
        targetId: id,
        after: templateAuditOf(after),
      });
      return after;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new ValidationError({ slug: [SLUG_TAKEN] });
    throw e;
  }
}

/**
 * Change a checklist's fields (ADMIN) and, when `items` is given, replace its item list: listed ids
 * are kept (with their answers), items without an id are added, the rest removed; runs keep their own
 * copy of every item. A call that changes nothing writes nothing.
 */
export async function updateChecklistTemplate({
  db,
  ctx,
  input,
}: ServiceCall<TUpdateChecklistTemplate>): Promise<ChecklistTemplateDto> {
  assertRole(ctx, "ADMIN");
  const { slug, items, expectedUpdatedAt, ...patch } = parseInput(ZUpdateChecklistTemplate, input);
  return db.$transaction(async (tx) => {
    const before = await lockChecklistTemplate(tx, slug);
    if (expectedUpdatedAt && Date.parse(expectedUpdatedAt) !== Date.parse(before.updatedAt))
      throw new ConflictError(
        `Someone else changed this checklist at ${before.updatedAt}: reload to see their changes`,
      );
    const current: Record<string, unknown> = templateAuditOf(before);
    const changed = Object.fromEntries(
      Object.entries(patch).filter(([k, v]) => v !== undefined && v !== current[k]),
    ) as typeof patch;
    const errors: FieldErrors = {};
    if (
      changed.cadence &&
      (await tx.checklistRun.findFirst({ where: { templateId: before.id }, select: { id: true } }))
    )
      addError(errors, "cadence", HAS_RUNS);
    if (changed.cadence || changed.dueDay !== undefined)
      addError(errors, "dueDay", dueDayError(changed.cadence ?? before.cadence, changed.dueDay ?? before.dueDay));
    addError(errors, "assigneeId", changed.assigneeId && (await assigneeError(tx, changed.assigneeId)));
    const plan = items && planItems(before, items, errors);
    if (Object.keys(errors).length) throw new ValidationError(errors);
    if (!Object.keys(changed).length && !plan) return before;
    await tx.checklistTemplate.update({
      where: { id: before.id },
      data: { ...changed, updatedAt: nextUpdatedAt(before) },
    });
    if (plan) await writeItems(tx, before.id, plan);
    const after = await readChecklistTemplate(tx, { id: before.id });
    await recordAudit(tx, ctx, {
      action: "checklist.update",
      targetType: "checklist",
      targetId: before.id,
      before: templateAuditOf(before),
      after: templateAuditOf(after),
    });
    return after;
  });
}

/**
 * The template, locked until the transaction ends: two admins' saves run one after the other, so the
 * second sees the first's changes (and its expectedUpdatedAt is checked against them).
 */
export async function lockChecklistTemplate(tx: Tx, slug: string): Promise<ChecklistTemplateDto> {
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "ChecklistTemplate" WHERE slug = ${slug} FOR UPDATE`;
  if (!row) throw new NotFoundError("Checklist not found");
  return readChecklistTemplate(tx, { id: row.id });
}

/** Strictly later than the last change, so `expectedUpdatedAt` tells every save apart. */
export const nextUpdatedAt = (before: ChecklistTemplateDto): Date =>
  new Date(Math.max(Date.now(), Date.parse(before.updatedAt) + 1));

function addError(errors: FieldErrors, field: string, message: string | null | undefined): void {
  if (message) errors[field] = [...(errors[field] ?? []), message];
}

/** Why a user cannot be a checklist's assignee, or null when they can. */
async function assigneeError(tx: Tx, userId: string): Promise<string | null> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, disabledAt: true } });
  if (!user) return "No such user";
  if (user.disabledAt) return "That user is disabled";
  if (!hasRole(user.role, "RESPONDER")) return "Choose a responder or an admin: viewers cannot sign off checklists";
  return null;
}

type NewItem = Omit<ItemInput, "id"> & { position: number };
type ItemPlan = { keep: (NewItem & { id: string })[]; add: NewItem[] };

/** The new item list checked against the template's, or null when it is the same list. */
function planItems(before: ChecklistTemplateDto, items: ItemInput[], errors: FieldErrors): ItemPlan | null {
  const known = new Set(before.items.map((i) => i.id));
  const seen = new Set<string>();
  const plan: ItemPlan = { keep: [], add: [] };
  for (const [position, { id, ...item }] of items.entries()) {
    if (id === undefined) {
      plan.add.push({ ...item, position });
      continue;
    }
    if (!known.has(id)) addError(errors, `items.${position}.id`, "No such item in this checklist");
    else if (seen.has(id)) addError(errors, `items.${position}.id`, "This item is listed twice");
    seen.add(id);
    plan.keep.push({ ...item, id, position });
  }
  const same =
    plan.add.length === 0 &&
    plan.keep.length === before.items.length &&
    plan.keep.every((k, i) => {
      const b = before.items[i];
      return (
        b?.id === k.id &&
        b.title === k.title &&
        b.detail === k.detail &&
        b.helpUrl === k.helpUrl &&
        b.evidence === k.evidence
      );
    });
  return same ? null : plan;
}

async function writeItems(tx: Tx, templateId: string, plan: ItemPlan): Promise<void> {
  await tx.checklistTemplateItem.deleteMany({ where: { templateId, id: { notIn: plan.keep.map((k) => k.id) } } });
  // Positions are unique per template: move the kept items below zero before numbering them anew.
  await tx.$executeRaw`UPDATE "ChecklistTemplateItem" SET position = -1 - position WHERE "templateId" = ${templateId}`;
  for (const { id, ...item } of plan.keep) await tx.checklistTemplateItem.update({ where: { id }, data: item });
  await tx.checklistTemplateItem.createMany({ data: plan.add.map((item) => ({ ...item, templateId })) });
}
