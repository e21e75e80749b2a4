import type { ServiceCall } from "../call.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { overrideOf, rotationOf, type UserRefDto, userRef } from "./dto.ts";
import { getScheduleOrThrow, overridesBetween } from "./internal.ts";
import { layerShifts } from "./layer-shifts.ts";
import { type TScheduleRef, ZScheduleRef } from "./schemas.ts";

const DAY_MS = 86_400_000;

export type ShiftDto = { user: UserRefDto; startsAt: string; endsAt: string; override: boolean };
export type TimelineDto = { from: string; to: string; layers: { name: string; shifts: ShiftDto[] }[] };

/** Each layer's shifts over the `days` from `now` (VIEWER), overrides laid over the rotation. */
export async function scheduleTimeline({
  db,
  ctx,
  input,
  now = new Date(),
  days = 28,
}: ServiceCall<TScheduleRef> & { days?: number }): Promise<TimelineDto> {
  assertRole(ctx, "VIEWER");
  const { id } = parseInput(ZScheduleRef, input);
  const s = await getScheduleOrThrow(db, id);
  const range = { from: now, to: new Date(now.getTime() + days * DAY_MS) };
  const overrides = await overridesBetween(
    db,
    s.layers.map((l) => l.id),
    range.from,
    range.to,
  );
  const users = new Map<string, UserRefDto>();
  for (const l of s.layers) for (const m of l.members) users.set(m.userId, userRef(m.user));
  for (const o of overrides) users.set(o.userId, userRef(o.user));
  const layers = s.layers.map((l) => ({
    name: l.name,
    shifts: layerShifts(
      rotationOf(l),
      s.timeZone,
      overrides.filter((o) => o.layerId === l.id).map(overrideOf),
      range,
    ).map(
      (x): ShiftDto => ({
        user: users.get(x.userId) ?? { email: "", name: null },
        startsAt: x.startsAt.toISOString(),
        endsAt: x.endsAt.toISOString(),
        override: x.overrideId !== null,
      }),
    ),
  }));
  return { from: range.from.toISOString(), to: range.to.toISOString(), layers };
}
