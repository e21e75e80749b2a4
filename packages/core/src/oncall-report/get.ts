import type { Db } from "@opsdeck/db";
import type { ServiceCall } from "../call.ts";
import { assertRole } from "../roles.ts";
import { canonicalTimeZone, UTC } from "../time/zone.ts";
import { parseInput } from "../validate.ts";
import { buildOnCallReport, type OnCallReportDto } from "./build.ts";
import { loadOnCallRows } from "./load.ts";
import { onCallPeriod } from "./period.ts";
import { type TOnCallReport, ZOnCallReport } from "./schemas.ts";

/** The zone of the oldest on-call schedule, or UTC when there is none. */
export async function defaultReportZone(db: Db): Promise<string> {
  const first = await db.onCallSchedule.findFirst({
    orderBy: [{ createdAt: "asc" }, { name: "asc" }],
    select: { timeZone: true },
  });
  return (first && canonicalTimeZone(first.timeZone)) || UTC;
}

/**
 * Pages per person per ISO week, night pages, time to acknowledge per person and per hour of the day,
 * over the last `weeks` weeks of a time zone (VIEWER). See `build.ts` for the definitions.
 */
export async function getOnCallReport({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TOnCallReport>): Promise<OnCallReportDto> {
  assertRole(ctx, "VIEWER");
  const { weeks, timeZone } = parseInput(ZOnCallReport, input);
  const zone = timeZone ? (canonicalTimeZone(timeZone) ?? UTC) : await defaultReportZone(db);
  const period = onCallPeriod(weeks, zone, now);
  return buildOnCallReport(await loadOnCallRows(db, period), period, weeks, now);
}
