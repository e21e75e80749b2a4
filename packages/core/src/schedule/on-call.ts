import type { Db } from "@opsdeck/db";
import type { ReadCall, ServiceCall } from "../call.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { overrideOf, rotationOf, SCHEDULE_INCLUDE, type ScheduleRow, type UserRefDto, userRef } from "./dto.ts";
import { getScheduleOrThrow, OVERRIDE_REACH_MS, overridesBetween } from "./internal.ts";
import { onCallAt } from "./on-call-at.ts";
import { type TScheduleOnCall, ZScheduleOnCall } from "./schemas.ts";

export type OnCallLayerDto = {
  name: string;
  /** Null before the layer's rotation starts. */
  user: UserRefDto | null;
  /** The shift the user holds: from, until (exclusive), and whether an override put them there. */
  since: string | null;
  until: string | null;
  override: boolean;
};
export type OnCallDto = { id: string; name: string; timeZone: string; at: string; layers: OnCallLayerDto[] };

type OverrideRows = Awaited<ReturnType<typeof overridesBetween>>;

/** The overrides of these schedules' layers that can clip a shift held at `at`: one query for them all. */
const overridesAround = (db: Db, schedules: ScheduleRow[], at: Date) =>
  overridesBetween(
    db,
    schedules.flatMap((s) => s.layers.map((l) => l.id)),
    new Date(at.getTime() - OVERRIDE_REACH_MS),
    new Date(at.getTime() + OVERRIDE_REACH_MS),
  );

/** Who is on call on each of the schedule's layers at `at`, given the overrides around it. */
function onCallOf(s: ScheduleRow, overrides: OverrideRows, at: Date): OnCallDto {
  const users = new Map<string, UserRefDto>();
  for (const l of s.layers) for (const m of l.members) users.set(m.userId, userRef(m.user));
  for (const o of overrides) users.set(o.userId, userRef(o.user));
  const layers = s.layers.map((l): OnCallLayerDto => {
    const shift = onCallAt(rotationOf(l), s.timeZone, overrides.filter((o) => o.layerId === l.id).map(overrideOf), at);
    return {
      name: l.name,
      user: shift ? (users.get(shift.userId) ?? null) : null,
      since: shift?.startsAt.toISOString() ?? null,
      until: shift?.endsAt.toISOString() ?? null,
      override: shift?.overrideId != null,
    };
  });
  return { id: s.id, name: s.name, timeZone: s.timeZone, at: at.toISOString(), layers };
}

/** Who is on call on each layer of one schedule, now or at `at` (VIEWER). */
export async function scheduleOnCall({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TScheduleOnCall>): Promise<OnCallDto> {
  assertRole(ctx, "VIEWER");
  const { id, at } = parseInput(ZScheduleOnCall, input);
  const s = await getScheduleOrThrow(db, id);
  const when = at ?? now;
  return onCallOf(s, await overridesAround(db, [s], when), when);
}

/**
 * Who is on call now on each layer of every schedule, schedules by name (VIEWER): two queries however
 * many schedules there are, so every page's shell can ask.
 */
export async function onCallEverywhere({ db, ctx, now = new Date() }: ReadCall): Promise<OnCallDto[]> {
  assertRole(ctx, "VIEWER");
  const all = await db.onCallSchedule.findMany({
    include: SCHEDULE_INCLUDE,
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  const overrides = await overridesAround(db, all, now);
  return all.map((s) => {
    const layerIds = new Set(s.layers.map((l) => l.id));
    return onCallOf(
      s,
      overrides.filter((o) => layerIds.has(o.layerId)),
      now,
    );
  });
}
