import type { OnCallScheduleWhereInput, Prisma } from "@opsdeck/db";
import type { ListCall } from "../call.ts";
import type { Keyset } from "../page/keyset.ts";
import { findPage } from "../page/prisma.ts";
import type { Page } from "../page/schemas.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { SCHEDULE_INCLUDE, type ScheduleDto, type ScheduleRow, toScheduleDto } from "./dto.ts";
import { type TListSchedules, ZListSchedules } from "./schemas.ts";

const SCHEDULES: Keyset = {
  list: "schedules",
  fields: [
    { field: "name", type: "string" },
    { field: "id", type: "string" },
  ],
};

/** Schedules by name with their layers and members (VIEWER): a page of them, or all without a limit. */
export async function listSchedules({ db, ctx, input = {} }: ListCall<TListSchedules>): Promise<Page<ScheduleDto>> {
  assertRole(ctx, "VIEWER");
  const { limit, cursor } = parseInput(ZListSchedules, input);
  const { rows, next } = await findPage<
    ScheduleRow,
    OnCallScheduleWhereInput,
    Prisma.OnCallScheduleOrderByWithRelationInput
  >(SCHEDULES, { limit, cursor }, (p) =>
    db.onCallSchedule.findMany({ where: p.after, include: SCHEDULE_INCLUDE, orderBy: p.orderBy, take: p.take }),
  );
  return { items: rows.map(toScheduleDto), next };
}
