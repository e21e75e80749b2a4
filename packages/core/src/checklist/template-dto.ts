import type {
  ChecklistCadence,
  ChecklistTemplateGetPayload,
  ChecklistTemplateSelect,
  Db,
  Prisma,
  Role,
} from "@opsdeck/db";
import type { ServiceCall } from "../call.ts";
import { NotFoundError } from "../errors.ts";
import { iso, USER_REF_SELECT, type UserRef } from "../incident/dto.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { type TChecklistTemplateRef, ZChecklistTemplateRef } from "./template-schemas.ts";

export type ChecklistTemplateItemDto = {
  id: string;
  position: number;
  title: string;
  detail: string | null;
  helpUrl: string | null;
  evidence: string | null;
};

/** A template as its edit form shows it. */
export type ChecklistTemplateDto = {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  cadence: ChecklistCadence;
  timeZone: string;
  dueTime: string;
  dueDay: number;
  graceMinutes: number;
  assigneeRole: Role;
  assignee: UserRef | null;
  source: string | null;
  archivedAt: string | null;
  /** Sent back as `expectedUpdatedAt`, so a save based on an old copy is refused. */
  updatedAt: string;
  items: ChecklistTemplateItemDto[];
};

/** A template item's fields, as forms, pages and run opening read them. */
export const TEMPLATE_ITEM_SELECT = {
  id: true,
  position: true,
  title: true,
  detail: true,
  helpUrl: true,
  evidence: true,
} as const;

/** A template's own fields, as its list card and its edit form both read them. */
export const TEMPLATE_FIELDS_SELECT = {
  id: true,
  slug: true,
  name: true,
  description: true,
  cadence: true,
  timeZone: true,
  dueTime: true,
  dueDay: true,
  graceMinutes: true,
  assigneeRole: true,
  assignee: { select: USER_REF_SELECT },
  source: true,
  archivedAt: true,
} as const satisfies ChecklistTemplateSelect;

export const CHECKLIST_TEMPLATE_SELECT = {
  ...TEMPLATE_FIELDS_SELECT,
  updatedAt: true,
  items: { select: TEMPLATE_ITEM_SELECT, orderBy: { position: "asc" } },
} as const satisfies ChecklistTemplateSelect;

type TemplateRow = ChecklistTemplateGetPayload<{ select: typeof CHECKLIST_TEMPLATE_SELECT }>;

export const toChecklistTemplateDto = (row: TemplateRow): ChecklistTemplateDto => ({
  ...row,
  archivedAt: iso(row.archivedAt),
  updatedAt: row.updatedAt.toISOString(),
});

export async function readChecklistTemplate(
  db: Db | Prisma.TransactionClient,
  where: { id: string } | { slug: string },
): Promise<ChecklistTemplateDto> {
  const row = await db.checklistTemplate.findUnique({ where, select: CHECKLIST_TEMPLATE_SELECT });
  if (!row) throw new NotFoundError("Checklist not found");
  return toChecklistTemplateDto(row);
}

/** What an audit row keeps of a template: every field and item, the assignee by id. */
export function templateAuditOf({ updatedAt: _, assignee, ...rest }: ChecklistTemplateDto) {
  return { ...rest, assigneeId: assignee?.id ?? null };
}

/** One template with its items, for the edit form (VIEWER). */
export async function getChecklistTemplate({
  db,
  ctx,
  input,
}: ServiceCall<TChecklistTemplateRef>): Promise<ChecklistTemplateDto> {
  assertRole(ctx, "VIEWER");
  const { slug } = parseInput(ZChecklistTemplateRef, input);
  return readChecklistTemplate(db, { slug });
}
