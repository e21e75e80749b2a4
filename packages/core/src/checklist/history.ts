import type { ChecklistCadence } from "@opsdeck/db";
import type { ServiceCall } from "../call.ts";
import { NotFoundError } from "../errors.ts";
import { zonedDayRange } from "../time/wall-time.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { RUN_SELECT, type ChecklistRunSummaryDto, toRunSummary } from "./runs.ts";
import { type TListChecklistRuns, ZListChecklistRuns } from "./run-schemas.ts";

export type ChecklistHistoryDto = {
  checklist: {
    id: string;
    slug: string;
    name: string;
    cadence: ChecklistCadence;
    timeZone: string;
    createdAt: string;
  };
  runs: ChecklistRunSummaryDto[];
};

/** Runs of one checklist, newest first, that started between two days of its zone (inclusive). VIEWER. */
export async function listChecklistRuns({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TListChecklistRuns>): Promise<ChecklistHistoryDto> {
  assertRole(ctx, "VIEWER");
  const { slug, from, to, limit } = parseInput(ZListChecklistRuns, input);
  const template = await db.checklistTemplate.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, cadence: true, timeZone: true, createdAt: true },
  });
  if (!template) throw new NotFoundError("Checklist not found");
  const start = from ? zonedDayRange(from, template.timeZone)?.start : undefined;
  const end = to ? zonedDayRange(to, template.timeZone)?.end : undefined;
  const runs = await db.checklistRun.findMany({
    where: {
      templateId: template.id,
      startedAt: { ...(start && { gte: new Date(start) }), ...(end && { lte: new Date(end) }) },
    },
    select: RUN_SELECT,
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  return {
    checklist: { ...template, createdAt: template.createdAt.toISOString() },
    runs: runs.map((r) => toRunSummary(r, now)),
  };
}
