import type { Db } from "@opsdeck/db";
import { overrideOf, rotationOf, type ScheduleRow, type UserRefDto, userRef } from "../schedule/dto.ts";
import { OVERRIDE_REACH_MS, overridesBetween } from "../schedule/internal.ts";
import { layerShifts } from "../schedule/layer-shifts.ts";

const DAY_MS = 86_400_000;
export const FEED_PAST_DAYS = 14;
export const FEED_FUTURE_DAYS = 90;

/** One shift as a feed shows it; `uid` stays the same across fetches so a calendar updates it in place. */
export type FeedShift = {
  uid: string;
  schedule: string;
  zone: string;
  layer: string;
  userId: string;
  user: UserRefDto;
  startsAt: Date;
  endsAt: Date;
  override: boolean;
};

/**
 * Every layer's shifts of the schedules that end after 14 days before `now` and start before 90 days
 * after it. Shifts are computed from a week further back, so the first one is not cut at the window's
 * edge: a turn is named by its layer and start, an override by its id, both the same on every fetch.
 */
export async function feedShifts(db: Db, schedules: ScheduleRow[], now: Date): Promise<FeedShift[]> {
  const shown = now.getTime() - FEED_PAST_DAYS * DAY_MS;
  const range = { from: new Date(shown - OVERRIDE_REACH_MS), to: new Date(now.getTime() + FEED_FUTURE_DAYS * DAY_MS) };
  const layers = schedules.flatMap((s) => s.layers.map((l) => ({ s, l })));
  const overrides = await overridesBetween(
    db,
    layers.map(({ l }) => l.id),
    range.from,
    range.to,
  );
  const users = new Map<string, UserRefDto>();
  for (const { l } of layers) for (const m of l.members) users.set(m.userId, userRef(m.user));
  for (const o of overrides) users.set(o.userId, userRef(o.user));
  return layers.flatMap(({ s, l }) =>
    layerShifts(rotationOf(l), s.timeZone, overrides.filter((o) => o.layerId === l.id).map(overrideOf), range)
      .filter((x) => x.endsAt.getTime() > shown)
      .map((x) => ({
        uid: x.overrideId ? `override-${x.overrideId}@opsdeck` : `shift-${l.id}-${x.startsAt.getTime()}@opsdeck`,
        schedule: s.name,
        zone: s.timeZone,
        layer: l.name,
        userId: x.userId,
        user: users.get(x.userId) ?? { email: "", name: null },
        startsAt: x.startsAt,
        endsAt: x.endsAt,
        override: x.overrideId !== null,
      })),
  );
}
