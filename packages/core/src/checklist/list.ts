import type { ChecklistCadence, Db } from "@opsdeck/db";
import { iso } from "../incident/dto.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { type ChecklistRunProgressDto, currentPeriodKey, findCurrentRuns, toRunProgress } from "./runs.ts";
import { type TListChecklists, ZListChecklists } from "./schemas.ts";

export type ChecklistSummaryDto = {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  cadence: ChecklistCadence;
  archivedAt: string | null;
  itemCount: number;
  /** Null for pre-deploy checklists: their `run` is the latest one. */
  currentPeriodKey: string | null;
  run: ChecklistRunProgressDto | null;
};

const CADENCE_ORDER: ChecklistCadence[] = ["DAILY", "WEEKLY", "MONTHLY", "QUARTERLY", "PRE_DEPLOY"];

/** Checklist templates, shortest cadence first, with the progress of their current run. */
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
  const { cadence, includeArchived, tz } = parseInput(ZListChecklists, input);
  const templates = await db.checklistTemplate.findMany({
    where: { ...(cadence && { cadence }), ...(!includeArchived && { archivedAt: null }) },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      cadence: true,
      archivedAt: true,
      _count: { select: { items: true } },
    },
    orderBy: { name: "asc" },
  });
  templates.sort((a, b) => CADENCE_ORDER.indexOf(a.cadence) - CADENCE_ORDER.indexOf(b.cadence));
  const runs = await findCurrentRuns(db, templates, now, tz);
  return templates.map(({ _count, archivedAt, ...t }) => {
    const run = runs.get(t.id);
    return {
      ...t,
      archivedAt: iso(archivedAt),
      itemCount: _count.items,
      currentPeriodKey: currentPeriodKey(t.cadence, now, tz),
      run: run ? toRunProgress(run, _count.items) : null,
    };
  });
}
