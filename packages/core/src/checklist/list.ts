import type { ChecklistCadence, Db, Prisma, Role } from "@opsdeck/db";
import { type UserRef, iso } from "../incident/dto.ts";
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

const CADENCE_ORDER: ChecklistCadence[] = ["DAILY", "WEEKLY", "MONTHLY", "QUARTERLY", "PRE_DEPLOY"];

/** Checklist templates, shortest cadence first, with their current run. */
export async function listChecklists({
  db,
  ctx,
  input = {},
  now = new Date(),
}: {
  db: Db;
  ctx: AnyCtx;
  input?: TListChecklists;
  now?: Date;
}): Promise<ChecklistSummaryDto[]> {
  assertRole(ctx, "VIEWER");
  const { cadence, includeArchived } = parseInput(ZListChecklists, input);
  const templates = await db.checklistTemplate.findMany({
    where: { ...(cadence && { cadence }), ...(!includeArchived && { archivedAt: null }) },
    select: SUMMARY_SELECT,
    orderBy: { name: "asc" },
  });
  templates.sort((a, b) => CADENCE_ORDER.indexOf(a.cadence) - CADENCE_ORDER.indexOf(b.cadence));
  const runs = await findCurrentRuns(db, templates, now);
  return templates.map((t) => toSummary(t, runs.get(t.id), now));
}
