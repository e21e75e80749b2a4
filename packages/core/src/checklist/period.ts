import type { ChecklistCadence } from "@opsdeck/db";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", { timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(tz, f);
  }
  return f;
}

export type CalendarDate = { year: number; month: number; day: number };

/** The calendar date of `date` as seen on a wall clock in `tz`. Throws RangeError for a bad zone. */
export function calendarDate(date: Date, tz = "UTC"): CalendarDate {
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid date");
  const parts = formatterFor(tz).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day") };
}

const DAY_MS = 86_400_000;

/** ISO 8601 week: weeks start on Monday and belong to the year that holds their Thursday. */
export function isoWeek({ year, month, day }: CalendarDate): { year: number; week: number } {
  const utc = Date.UTC(year, month - 1, day);
  const weekday = new Date(utc).getUTCDay() || 7;
  const thursday = new Date(utc + (4 - weekday) * DAY_MS);
  const weekYear = thursday.getUTCFullYear();
  const dayOfYear = (thursday.getTime() - Date.UTC(weekYear, 0, 1)) / DAY_MS;
  return { year: weekYear, week: Math.floor(dayOfYear / 7) + 1 };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

const LABEL = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/**
 * The run key of a checklist for the period holding `date` in time zone `tz`:
 * DAILY "2026-11-23", WEEKLY "2026-W48", MONTHLY "2026-11", QUARTERLY "2026-Q4".
 * PRE_DEPLOY runs have no calendar period: they take the caller's label, e.g. "deploy-1234".
 */
export function periodKey(cadence: ChecklistCadence, date: Date, tz = "UTC", label?: string): string {
  if (cadence === "PRE_DEPLOY") {
    const key = label?.trim() ?? "";
    if (!LABEL.test(key)) {
      throw new RangeError("A pre-deploy run needs a label of letters, digits, '.', '_' or '-' (at most 100)");
    }
    return key;
  }
  const d = calendarDate(date, tz);
  switch (cadence) {
    case "DAILY":
      return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
    case "WEEKLY": {
      const w = isoWeek(d);
      return `${pad(w.year, 4)}-W${pad(w.week)}`;
    }
    case "MONTHLY":
      return `${pad(d.year, 4)}-${pad(d.month)}`;
    case "QUARTERLY":
      return `${pad(d.year, 4)}-Q${Math.ceil(d.month / 3)}`;
    default:
      throw new RangeError(`Unknown cadence: ${String(cadence)}`);
  }
}

/** Whether the cadence has calendar periods (everything but PRE_DEPLOY). */
export const isPeriodic = (cadence: ChecklistCadence): boolean => cadence !== "PRE_DEPLOY";
