import { wallClockMs, zonedInstant } from "../time/zoned-instant.ts";

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** When a layer hands off: every day, or every week on `weekday`, at `minute` minutes after local midnight. */
export type Handoff = { every: "day" | "week"; minute: number; weekday: Weekday | null };

/** A layer's rotation: `members` take turns from `startsAt` (the first until the first handoff after it). */
export type Rotation = { startsAt: Date; handoff: Handoff; members: readonly string[] };

/** One member's turn: [startsAt, endsAt), the `index`-th turn of the rotation. */
export type Turn = { index: number; userId: string; startsAt: Date; endsAt: Date };

/** The ISO weekday (1 = Monday) of a day counted from 1970-01-01 (a Thursday). */
const isoWeekday = (day: number): number => ((((day + 3) % 7) + 7) % 7) + 1;

const stepOf = (h: Handoff): number => (h.every === "week" ? 7 : 1);

/**
 * The instant of the handoff on local day `day`. A handoff time the clocks skip (spring forward) moves
 * forward by the gap (02:30 in a 02:00–03:00 gap hands off at 03:30); a repeated one takes the first.
 */
const handoffOn = (day: number, h: Handoff, zone: string): number =>
  zonedInstant(day * DAY_MS + h.minute * MINUTE_MS, zone);

/** The local day of the last handoff at or before instant `t`. */
function lastHandoffDay(t: number, h: Handoff, zone: string): number {
  let day = Math.floor(wallClockMs(t, zone) / DAY_MS);
  if (h.every === "week") day -= (isoWeekday(day) - (WEEKDAYS.indexOf(h.weekday ?? "monday") + 1) + 7) % 7;
  return handoffOn(day, h, zone) > t ? day - stepOf(h) : day;
}

/** The instant of the last handoff at or before `at` (of a rotation that had started by then). */
export const handoffAtOrBefore = (h: Handoff, zone: string, at: Date): Date =>
  new Date(handoffOn(lastHandoffDay(at.getTime(), h, zone), h, zone));

/** The rotation's `index`-th turn (0: from its start to the first handoff after it). */
export function turnOf(r: Rotation, zone: string, index: number): Turn {
  const first = lastHandoffDay(r.startsAt.getTime(), r.handoff, zone);
  const step = stepOf(r.handoff);
  const startsAt = index === 0 ? r.startsAt.getTime() : handoffOn(first + index * step, r.handoff, zone);
  const endsAt = handoffOn(first + (index + 1) * step, r.handoff, zone);
  return {
    index,
    userId: r.members[index % r.members.length] as string,
    startsAt: new Date(startsAt),
    endsAt: new Date(endsAt),
  };
}

/** The index of the turn that holds instant `at`; null before the rotation starts. */
export function turnIndexAt(r: Rotation, zone: string, at: Date): number | null {
  const t = at.getTime();
  if (t < r.startsAt.getTime()) return null;
  const step = stepOf(r.handoff);
  return (lastHandoffDay(t, r.handoff, zone) - lastHandoffDay(r.startsAt.getTime(), r.handoff, zone)) / step;
}

/** The turn that holds instant `at`; null before the rotation starts. */
export function turnAt(r: Rotation, zone: string, at: Date): Turn | null {
  const index = turnIndexAt(r, zone, at);
  return index === null ? null : turnOf(r, zone, index);
}
