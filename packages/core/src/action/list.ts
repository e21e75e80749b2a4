import type { ServiceCall } from "../call.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { type ActionRunDto, RUN_SELECT, toRunDto } from "./dto.ts";
import { type TListRuns, ZListRuns } from "./schemas.ts";

/** Runs newest first, filtered by status, kind or target (VIEWER). */
export async function listActionRuns({ db, ctx, input }: ServiceCall<TListRuns>): Promise<ActionRunDto[]> {
  assertRole(ctx, "VIEWER");
  const q = parseInput(ZListRuns, input);
  const rows = await db.actionRun.findMany({
    where: { status: q.status, kind: q.kind, targetId: q.targetId },
    orderBy: { number: "desc" },
    take: q.limit,
    select: RUN_SELECT,
  });
  return rows.map(toRunDto);
}
