import type { ServiceCall } from "../call.ts";
import { zonedDayStart } from "../time/zoned-instant.ts";
import { getSchedule, type ScheduleDetailDto } from "./get.ts";
import { type OnCallDto, scheduleOnCall } from "./on-call.ts";
import type { TScheduleRef } from "./schemas.ts";
import { scheduleTimeline, type TimelineDto } from "./timeline.ts";

export const VIEW_DAYS = 28;

export type ScheduleViewDto = { schedule: ScheduleDetailDto; onCall: OnCallDto; timeline: TimelineDto };

/**
 * What a schedule's page shows (VIEWER): the schedule with its coming overrides, who is on call now,
 * and the shifts of the four weeks from the start of today in the schedule's zone.
 */
export async function scheduleView({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TScheduleRef>): Promise<ScheduleViewDto> {
  const schedule = await getSchedule({ db, ctx, input, now });
  const from = new Date(zonedDayStart(now.getTime(), schedule.timeZone));
  const [onCall, timeline] = await Promise.all([
    scheduleOnCall({ db, ctx, input: { id: schedule.id }, now }),
    scheduleTimeline({ db, ctx, input: { id: schedule.id }, now: from, days: VIEW_DAYS }),
  ]);
  return { schedule, onCall, timeline };
}
