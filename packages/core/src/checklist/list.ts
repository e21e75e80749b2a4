import { ChecklistCadence, type Db, type Prisma, type Role } from "@opsdeck/db";
import { type UserRef, iso } from "../incident/dto.ts";
import type { Keyset } from "../page/keyset.ts";
import { findPage } from "../page/prisma.ts";
import type { Page } from "../page/schemas.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { type ChecklistRunSummaryDto, currentPeriodKey, findCurrentRuns, toRunSummary } from "./runs.ts";
import { describeDueRule } from "./due-rule.ts";
import { TEMPLATE_FIELDS_SELECT } from "./template-dto.ts";
import { type TListChecklists, ZListChecklists } from "./schemas.ts";

export type ChecklistSummaryDto = {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  cadence: ChecklistCadence;
  timeZone: string;
  dueTime: string;
  dueDay: number;
  graceMinutes: number;
  /** "Due 10:00, 2 h grace"; empty for pre-deploy checklists. */
  dueText: string;
  assigneeRole: Role;
  assignee: UserRef | null;
  source: string | null;
  archivedAt: string | null;
  itemCount: number;
  /** Null for pre-deploy checklists: their `run` is the latest one. */
  currentPeriodKey: string | null;
  run: ChecklistRunSummaryDto | null;
};

export const SUMMARY_SELECT = {
  ...TEMPLATE_FIELDS_SELECT,
  _count: { select: { items: true } },
} as const satisfies Prisma.ChecklistTemplateSelect;

type SummaryRow = Prisma.ChecklistTemplateGetPayload<{ select: typeof SUMMARY_SELECT }>;

export function toSummary(
  { _count, archivedAt, ...t }: SummaryRow,
  run: Parameters<typeof toRunSummary>[0] | undefined,
  now: Date,
): ChecklistSummaryDto {
  return {
    ...t,
    dueText: describeDueRule(t.cadence, t),
    archivedAt: iso(archivedAt),
    itemCount: _count.items,
    currentPeriodKey: currentPeriodKey(t.cadence, now, t.timeZone),
    run: run ? toRunSummary(run, now) : null,
  };
}

/** Shortest cadence first (the enum's order), then by name. */
const BY_CADENCE: Keyset = {
  list: "checklists",
  fields: [
    { field: "cadence", type: Object.values(ChecklistCadence) },
    { field: "name", type: "string" },
    { field: "id", type: "string" },
  ],
};

type Args = { db: Db; ctx: AnyCtx; input?: TListChecklists; now?: Date };

/** Checklist templates, shortest cadence first, with their current run, a page at a time. */
export async function listChecklistsPage({
  db,
  ctx,
  input = {},
  now = new Date(),
}: Args): Promise<Page<ChecklistSummaryDto>> {
  assertRole(ctx, "VIEWER");
  const { cadence, includeArchived, limit, cursor } = parseInput(ZListChecklists, input);
  const where = { ...(cadence && { cadence }), ...(!includeArchived && { archivedAt: null }) };
  const { rows, next } = await findPage<
    SummaryRow,
    Prisma.ChecklistTemplateWhereInput,
    Prisma.ChecklistTemplateOrderByWithRelationInput
  >(BY_CADENCE, { limit, cursor }, (p) =>
    db.checklistTemplate.findMany({
      where: { AND: [where, p.after] },
      select: SUMMARY_SELECT,
      orderBy: p.orderBy,
      take: p.take,
    }),
  );
  const runs = await findCurrentRuns(db, rows, now);
  return { items: rows.map((t) => toSummary(t, runs.get(t.id), now)), next };
}

/** Checklist templates, shortest cadence first, with their current run. */
export const listChecklists = async (args: Args): Promise<ChecklistSummaryDto[]> =>
  (await listChecklistsPage(args)).items;
