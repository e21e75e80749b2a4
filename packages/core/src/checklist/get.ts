import { NotFoundError } from "../errors.ts";
import { USER_REF_SELECT, type UserRef, iso } from "../incident/dto.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import type { ChecklistSummaryDto } from "./list.ts";
import { type ChecklistRunProgressDto, RUN_SELECT, currentPeriodKey, findCurrentRuns, toRunProgress } from "./runs.ts";
import { type TGetChecklist, ZGetChecklist } from "./schemas.ts";
import type { ServiceCall } from "../call.ts";

const RECENT_RUNS = 10;

export type ChecklistItemResultDto = {
  done: boolean;
  note: string | null;
  doneAt: string | null;
  doneBy: UserRef | null;
};
export type ChecklistItemDto = {
  id: string;
  position: number;
  title: string;
  detail: string | null;
  result: ChecklistItemResultDto | null;
};

export type ChecklistDetailDto = ChecklistSummaryDto & {
  items: ChecklistItemDto[];
  recentRuns: ChecklistRunProgressDto[];
};

/** A template with its items and one run's results: the current period's unless `periodKey` names another. */
export async function getChecklist({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TGetChecklist>): Promise<ChecklistDetailDto> {
  assertRole(ctx, "VIEWER");
  const { id, slug, periodKey, tz } = parseInput(ZGetChecklist, input);
  const template = await db.checklistTemplate.findUnique({
    where: id ? { id } : { slug: slug as string },
    include: {
      items: { orderBy: { position: "asc" } },
      runs: { select: RUN_SELECT, orderBy: [{ startedAt: "desc" }, { id: "desc" }], take: RECENT_RUNS },
    },
  });
  if (!template) throw new NotFoundError("Checklist not found");
  const { items, runs, archivedAt, createdAt: _c, updatedAt: _u, ...rest } = template;
  const run = periodKey
    ? await db.checklistRun.findUnique({
        where: { templateId_periodKey: { templateId: template.id, periodKey } },
        select: RUN_SELECT,
      })
    : (await findCurrentRuns(db, [template], now, tz)).get(template.id);
  const results = run
    ? await db.checklistItemResult.findMany({
        where: { runId: run.id },
        select: { itemId: true, done: true, note: true, doneAt: true, doneBy: { select: USER_REF_SELECT } },
      })
    : [];
  const byItem = new Map(results.map(({ itemId, doneAt, ...r }) => [itemId, { ...r, doneAt: iso(doneAt) }]));
  return {
    ...rest,
    archivedAt: iso(archivedAt),
    itemCount: items.length,
    currentPeriodKey: currentPeriodKey(template.cadence, now, tz),
    run: run ? toRunProgress(run, items.length) : null,
    items: items.map((i) => ({
      id: i.id,
      position: i.position,
      title: i.title,
      detail: i.detail,
      result: byItem.get(i.id) ?? null,
    })),
    recentRuns: runs.map((r) => toRunProgress(r, items.length)),
  };
}
