import type { Prisma } from "@opsdeck/db";
import type { ServiceCall } from "../call.ts";
import type { Keyset } from "../page/keyset.ts";
import { findPage } from "../page/prisma.ts";
import type { Page } from "../page/schemas.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { type ActionRunDto, RUN_SELECT, toRunDto } from "./dto.ts";
import { type TListRuns, ZListRuns } from "./schemas.ts";

const NEWEST: Keyset = { list: "actions", fields: [{ field: "number", type: "int", desc: true }] };

/** A page of runs, newest first, filtered by status, kind or target (VIEWER). */
export async function listActionRunsPage({ db, ctx, input }: ServiceCall<TListRuns>): Promise<Page<ActionRunDto>> {
  assertRole(ctx, "VIEWER");
  const { limit, cursor, ...q } = parseInput(ZListRuns, input);
  const { rows, next } = await findPage<
    Prisma.ActionRunGetPayload<{ select: typeof RUN_SELECT }>,
    Prisma.ActionRunWhereInput,
    Prisma.ActionRunOrderByWithRelationInput
  >(NEWEST, { limit, cursor }, (p) =>
    db.actionRun.findMany({
      where: { AND: [{ status: q.status, kind: q.kind, targetId: q.targetId }, p.after] },
      orderBy: p.orderBy,
      take: p.take,
      select: RUN_SELECT,
    }),
  );
  return { items: rows.map(toRunDto), next };
}

/** Runs newest first (the first page), filtered by status, kind or target (VIEWER). */
export const listActionRuns = async (args: ServiceCall<TListRuns>): Promise<ActionRunDto[]> =>
  (await listActionRunsPage(args)).items;
