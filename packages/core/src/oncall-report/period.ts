import { periodBounds, shiftPeriodKey } from "../checklist/schedule.ts";
import { dayIn, type ReportPeriod, weekIn } from "../report/period.ts";

/**
 * The last `weeks` ISO weeks of `zone`, the one holding `now` included: from Monday 00:00 of the first
 * to the end of the current week's Sunday (pages cannot be later than now anyway).
 */
export function onCallPeriod(weeks: number, zone: string, now: Date): ReportPeriod {
  const current = weekIn(now, zone);
  const start = periodBounds("WEEKLY", shiftPeriodKey("WEEKLY", current, -(weeks - 1)), zone).start;
  const end = periodBounds("WEEKLY", current, zone).end;
  return { from: dayIn(start, zone), to: dayIn(new Date(end.getTime() - 1), zone), zone, start, end };
}
