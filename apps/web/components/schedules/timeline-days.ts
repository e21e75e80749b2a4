import { wallClockMs, zonedInstant } from "@opsdeck/core/time/zoned-instant";

const DAY_MS = 86_400_000;
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `day`: the day of the month; `label`: "Dec 7". */
export type DayTick = { at: number; weekday: string; day: number; label: string; monday: boolean };

/** The midnights in `zone` from `from` (itself a midnight there) up to `to`: one tick per calendar day. */
export function dayTicks(from: number, to: number, zone: string): DayTick[] {
  const first = wallClockMs(from, zone);
  const ticks: DayTick[] = [];
  for (let wall = first; ; wall += DAY_MS) {
    const at = zonedInstant(wall, zone);
    if (at >= to) break;
    const d = new Date(wall);
    ticks.push({
      at,
      weekday: WEEKDAYS[d.getUTCDay()] as string,
      day: d.getUTCDate(),
      label: `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`,
      monday: d.getUTCDay() === 1,
    });
  }
  return ticks;
}

/** Where instant `t` falls between `from` and `to`, as a CSS percentage clamped to the range. */
export const percentOf = (t: number, from: number, to: number) =>
  `${(Math.min(Math.max((t - from) / (to - from), 0), 1) * 100).toFixed(3)}%`;
