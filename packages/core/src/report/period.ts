import { periodBounds, periodKeysBetween, shiftPeriodKey } from "../checklist/schedule.ts";
import { periodKey } from "../checklist/period.ts";

/** A report's period: from the start of day `from` to the end of day `to` (both inclusive) in `zone`. */
export type ReportPeriod = { from: string; to: string; zone: string; start: Date; end: Date };

/** The instants a period of whole days covers, across daylight-saving changes. RangeError for a bad day or zone. */
export function reportPeriod(from: string, to: string, zone: string): ReportPeriod {
  return { from, to, zone, start: periodBounds("DAILY", from, zone).start, end: periodBounds("DAILY", to, zone).end };
}

/** A calendar day as "YYYY-MM-DD" in `zone`. */
export const dayIn = (at: Date, zone: string): string => periodKey("DAILY", at, zone);

/** The last `days` days of `zone`, today included, as a report's `from` and `to`. */
export function lastDays(days: number, zone: string, now: Date): { from: string; to: string } {
  const to = dayIn(now, zone);
  return { from: shiftPeriodKey("DAILY", to, -(days - 1)), to };
}

/** The ISO week ("2026-W48") holding `at` in `zone`. */
export const weekIn = (at: Date, zone: string): string => periodKey("WEEKLY", at, zone);

export type Week = { key: string; start: Date; end: Date };

/** The ISO weeks of `zone` overlapping the period, oldest first: a week starts at Monday's local midnight. */
export function weeksOf(period: ReportPeriod): Week[] {
  return periodKeysBetween("WEEKLY", period.start, period.end, period.zone).map((key) => ({
    key,
    ...periodBounds("WEEKLY", key, period.zone),
  }));
}
