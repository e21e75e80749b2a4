import type { ServiceCall } from "../call.ts";
import { NotFoundError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { isCurrentPeriod } from "./open-run.ts";
import { type ChecklistRunDto, RUN_DETAIL_SELECT, toRunDto } from "./run-dto.ts";
import { type TRunLookup, ZRunLookup } from "./run-schemas.ts";

/** One run with its items, by id or by period key. VIEWER. */
export async function getChecklistRun({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TRunLookup>): Promise<ChecklistRunDto> {
  assertRole(ctx, "VIEWER");
  const { slug, runId, periodKey } = parseInput(ZRunLookup, input);
  const run = await db.checklistRun.findFirst({
    where: { template: { slug }, ...(runId ? { id: runId } : { periodKey }) },
    select: RUN_DETAIL_SELECT,
  });
  if (!run) throw new NotFoundError("No such run of this checklist");
  return toRunDto(run, isCurrentPeriod(run.template, run.periodKey, now), now);
}
