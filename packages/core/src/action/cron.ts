import { CronExpressionParser } from "cron-parser";

/** Why a cron expression cannot be used, or null when it can (five fields, UTC). */
export function cronError(expression: string): string | null {
  if (expression.trim().split(/\s+/).length !== 5)
    return "Use five fields: minute hour day-of-month month day-of-week (UTC)";
  try {
    CronExpressionParser.parse(expression, { tz: "UTC" });
    return null;
  } catch (err) {
    return `Not a cron expression: ${(err as Error).message}`;
  }
}

/** The latest time the schedule fired at or before `now`. */
export function lastFiring(expression: string, now: Date): Date {
  return CronExpressionParser.parse(expression, { tz: "UTC", currentDate: new Date(now.getTime() + 1) })
    .prev()
    .toDate();
}
