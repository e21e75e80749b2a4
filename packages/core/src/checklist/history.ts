import type { ChecklistCadence, Prisma } from "@opsdeck/db";
import type { ServiceCall } from "../call.ts";
import { NotFoundError } from "../errors.ts";
import type { Keyset } from "../page/keyset.ts";
import { findPage } from "../page/prisma.ts";
import { ZCursor } from "../page/schemas.ts";
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
  /** The cursor of the runs after these (older ones), null when none are left. */
  next: string | null;
};

const NEWEST: Keyset = {
  list: "checklist-runs",
  fields: [
    { field: "startedAt", type: "date", desc: true },
    { field: "id", type: "string", desc: true },
  ],
};
const ZListRunsPage = ZListChecklistRuns.extend({ cursor: ZCursor });

/** Runs of one checklist, newest first, that started between two days of its zone (inclusive). VIEWER. */
export async function listChecklistRuns({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TListChecklistRuns & { cursor?: string }>): Promise<ChecklistHistoryDto> {
  assertRole(ctx, "VIEWER");
  const { slug, from, to, limit, cursor } = parseInput(ZListRunsPage, input);
  const template = await db.checklistTemplate.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, cadence: true, timeZone: true, createdAt: true },
  });
  if (!template) throw new NotFoundError("Checklist not found");
  const start = from ? zonedDayRange(from, template.timeZone)?.start : undefined;
  const end = to ? zonedDayRange(to, template.timeZone)?.end : undefined;
  const { rows, next } = await findPage<
    Prisma.ChecklistRunGetPayload<{ select: typeof RUN_SELECT }>,
    Prisma.ChecklistRunWhereInput,
    Prisma.ChecklistRunOrderByWithRelationInput
  >(NEWEST, { limit, cursor }, (p) =>
    db.checklistRun.findMany({
      where: {
        AND: [
          {
            templateId: template.id,
            startedAt: { ...(start && { gte: new Date(start) }), ...(end && { lte: new Date(end) }) },
          },
          p.after,
        ],
      },
      select: RUN_SELECT,
      orderBy: p.orderBy,
      take: p.take,
    }),
  );
  return {
    checklist: { ...template, createdAt: template.createdAt.toISOString() },
    runs: rows.map((r) => toRunSummary(r, now)),
    next,
  };
}
