import type { ChecklistCadence } from "@opsdeck/db";

/**
 * A template's deadline: due at `dueTime` ("HH:MM", wall clock of the template's zone) on day `dueDay`
 * of the period (1 = its first day; DAILY ignores dueDay; clipped to the period's last day, e.g. dueDay
 * 31 in a 30-day month → the 30th; QUARTERLY days count from the quarter's first day), missed
 * `graceMinutes` after that.
 */
export type DueRule = { dueTime: string; dueDay: number; graceMinutes: number };

export const DUE_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The rule's due time as minutes after midnight. RangeError when a field the cadence uses is invalid. */
export function dueMinutes(cadence: ChecklistCadence, rule: DueRule): number {
  if (!DUE_TIME.test(rule.dueTime)) throw new RangeError("The due time must be HH:MM (00:00 to 23:59)");
  if (cadence !== "DAILY" && !(Number.isSafeInteger(rule.dueDay) && rule.dueDay >= 1)) {
    throw new RangeError("The due day must be a whole number from 1");
  }
  if (!(Number.isSafeInteger(rule.graceMinutes) && rule.graceMinutes >= 0)) {
    throw new RangeError("The grace must be a whole number of minutes, 0 or more");
  }
  const [hours, minutes] = rule.dueTime.split(":").map(Number) as [number, number];
  return hours * 60 + minutes;
}

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

function describeGrace(minutes: number): string {
  if (!(minutes > 0)) return "no grace";
  const parts = [
    [Math.floor(minutes / 1440), "d"],
    [Math.floor((minutes % 1440) / 60), "h"],
    [minutes % 60, "min"],
  ] as const;
  return `${parts
    .filter(([n]) => n > 0)
    .map(([n, unit]) => `${n} ${unit}`)
    .join(" ")} grace`;
}

/** "day 29 (or the month's last)": the clipping rule, for days some periods of the kind do not have. */
function nthDay(day: number, shortest: number, longest: number, period: "month" | "quarter"): string {
  if (day >= longest) return `the ${period}'s last day`;
  const nth = period === "month" ? `day ${day}` : `day ${day} of the quarter`;
  return day > shortest ? `${nth} (or the ${period}'s last)` : nth;
}

/**
 * Human wording of a rule for a cadence: "Due 10:00, 2 h grace", "Due Friday 17:00, 1 h grace",
 * "Due on day 5 at 09:00, 1 d grace", "Due on day 40 of the quarter at 09:00, no grace"; "" for PRE_DEPLOY.
 */
export function describeDueRule(cadence: ChecklistCadence, rule: DueRule): string {
  const at = `${rule.dueTime}, ${describeGrace(rule.graceMinutes)}`;
  const day = Number.isFinite(rule.dueDay) ? Math.max(1, Math.floor(rule.dueDay)) : 1;
  switch (cadence) {
    case "DAILY":
      return `Due ${at}`;
    case "WEEKLY":
      return `Due ${WEEKDAYS[Math.min(day, 7) - 1]} ${at}`;
    case "MONTHLY":
      return `Due on ${nthDay(day, 28, 31, "month")} at ${at}`;
    case "QUARTERLY":
      return `Due on ${nthDay(day, 90, 92, "quarter")} at ${at}`;
    default:
      return "";
  }
}
