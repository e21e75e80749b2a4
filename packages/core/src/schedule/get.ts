import type { ServiceCall } from "../call.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { type OverrideDto, type ScheduleDto, toOverrideDto, toScheduleDto } from "./dto.ts";
import { getScheduleOrThrow, overridesBetween } from "./internal.ts";
import { type TScheduleRef, ZScheduleRef } from "./schemas.ts";

const FAR = new Date("2100-01-01T00:00:00Z");

export type ScheduleDetailDto = ScheduleDto & { overrides: OverrideDto[] };

/** One schedule with its layers and the overrides not yet over, by start (VIEWER). */
export async function getSchedule({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TScheduleRef>): Promise<ScheduleDetailDto> {
  assertRole(ctx, "VIEWER");
  const { id } = parseInput(ZScheduleRef, input);
  const s = await getScheduleOrThrow(db, id);
  const overrides = await overridesBetween(
    db,
    s.layers.map((l) => l.id),
    now,
    FAR,
  );
  return { ...toScheduleDto(s), overrides: overrides.map(toOverrideDto) };
}
