import type { ServiceCall } from "../call.ts";
import { NotFoundError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { type ChecklistSummaryDto, SUMMARY_SELECT, toSummary } from "./list.ts";
import { type ChecklistRunSummaryDto, RUN_SELECT, findCurrentRuns, toRunSummary } from "./runs.ts";
import { type TGetChecklist, ZGetChecklist } from "./schemas.ts";
import { TEMPLATE_ITEM_SELECT } from "./template-dto.ts";

const RECENT_RUNS = 10;

export type ChecklistItemDto = {
  id: string;
  position: number;
  title: string;
  detail: string | null;
  helpUrl: string | null;
  evidence: string | null;
};

export type ChecklistDetailDto = ChecklistSummaryDto & {
  items: ChecklistItemDto[];
  recentRuns: ChecklistRunSummaryDto[];
};

/** A template with its items, its current run's progress and its latest runs. VIEWER. */
export async function getChecklist({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TGetChecklist>): Promise<ChecklistDetailDto> {
  assertRole(ctx, "VIEWER");
  const { slug } = parseInput(ZGetChecklist, input);
  const template = await db.checklistTemplate.findUnique({
    where: { slug },
    select: {
      ...SUMMARY_SELECT,
      items: { select: TEMPLATE_ITEM_SELECT, orderBy: { position: "asc" } },
      runs: { select: RUN_SELECT, orderBy: [{ startedAt: "desc" }, { id: "desc" }], take: RECENT_RUNS },
    },
  });
  if (!template) throw new NotFoundError("Checklist not found");
  const { items, runs, ...summary } = template;
  const current = (await findCurrentRuns(db, [template], now)).get(template.id);
  return {
    ...toSummary(summary, current, now),
    items,
    recentRuns: runs.map((r) => toRunSummary(r, now)),
  };
}
