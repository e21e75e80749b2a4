import { wallClockMs, zonedInstant } from "../time/zoned-instant.ts";

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** Working hours: [start, end) minutes after local midnight in `zone`, on ISO weekdays `days` (1 = Monday). */
export type WorkingHours = { zone: string; start: number; end: number; days: readonly number[] };

export const UTC_WORKING_HOURS: WorkingHours = { zone: "UTC", start: 9 * 60, end: 17 * 60, days: [1, 2, 3, 4, 5] };

/** The ISO weekday (1 = Monday) of a day counted from 1970-01-01 (a Thursday). */
const isoWeekday = (day: number): number => ((((day + 3) % 7) + 7) % 7) + 1;

/** `at` when it falls within working hours, else the instant they next begin (null if they never do). */
export function nextWorkingInstant(at: Date, h: WorkingHours): Date | null {
  if (h.days.length === 0 || h.end <= h.start) return null;
  const t = at.getTime();
  const today = Math.floor(wallClockMs(t, h.zone) / DAY_MS);
  for (let day = today; day <= today + 7; day++) {
    if (!h.days.includes(isoWeekday(day))) continue;
    const start = zonedInstant(day * DAY_MS + h.start * MINUTE_MS, h.zone);
    const end = zonedInstant(day * DAY_MS + h.end * MINUTE_MS, h.zone);
    if (t < start) return new Date(start);
    if (t < end) return at;
  }
  return null;
}
