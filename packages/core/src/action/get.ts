import type { ServiceCall } from "../call.ts";
import { NotFoundError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { type ActionRunDetailDto, RUN_SELECT, toLogLine, toRunDto } from "./dto.ts";
import { type TRunRef, ZRunRef } from "./schemas.ts";

/** The last lines a run page shows; the full log stays in the database. */
export const LOG_PAGE = 1000;

/** One run with its latest log lines (VIEWER). */
export async function getActionRun({ db, ctx, input }: ServiceCall<TRunRef>): Promise<ActionRunDetailDto> {
  assertRole(ctx, "VIEWER");
  const { id } = parseInput(ZRunRef, input);
  const row = await db.actionRun.findUnique({ where: { id }, select: RUN_SELECT });
  if (!row) throw new NotFoundError("No such action run");
  const lines = await db.actionRunLog.findMany({ where: { runId: id }, orderBy: { id: "desc" }, take: LOG_PAGE + 1 });
  return {
    ...toRunDto(row),
    log: lines.slice(0, LOG_PAGE).reverse().map(toLogLine),
    logTruncated: lines.length > LOG_PAGE,
  };
}
