import type { ChecklistCadence } from "@opsdeck/db";

export const DAY_MS = 86_400_000;

/** A calendar period as day numbers (days since 1970-01-01): its first day and how many days it has. */
export type PeriodSpan = { first: number; days: number };

/** The day number of a proleptic Gregorian date; months and days past their end roll over. */
export function dayNumber(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day); // unlike Date.UTC, reads years 0–99 as written
  return Math.round(d.getTime() / DAY_MS);
}

function civilDate(n: number): { year: number; month: number; day: number } {
  const d = new Date(n * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 1 = Monday … 7 = Sunday; day 0 was a Thursday. */
const isoWeekday = (n: number) => (((((n % 7) + 7) % 7) + 3) % 7) + 1;

/** The Monday of ISO week 1: the week holding 4 January. */
function weekOne(year: number): number {
  const jan4 = dayNumber(year, 1, 4);
  return jan4 - isoWeekday(jan4) + 1;
}

const monthsSpan = (year: number, month: number, count: number): PeriodSpan => {
  const first = dayNumber(year, month, 1);
  return { first, days: dayNumber(year, month + count, 1) - first };
};

const KEY: Partial<Record<ChecklistCadence, RegExp>> = {
  DAILY: /^(\d{4})-(\d{2})-(\d{2})$/,
  WEEKLY: /^(\d{4})-W(\d{2})$/,
  MONTHLY: /^(\d{4})-(\d{2})$/,
  QUARTERLY: /^(\d{4})-Q([1-4])$/,
};

/** The span of a calendar period key ("2026-11-23", "2026-W48", "2026-11", "2026-Q4"); null when there is no such period. */
export function parsePeriodSpan(cadence: ChecklistCadence, key: string): PeriodSpan | null {
  const m = KEY[cadence]?.exec(key);
  if (!m) return null;
  const [year, a, b] = m.slice(1).map(Number) as [number, number, number | undefined];
  if (year < 1) return null;
  switch (cadence) {
    case "DAILY": {
      const month = monthsSpan(year, a, 1);
      return a >= 1 && a <= 12 && b !== undefined && b >= 1 && b <= month.days
        ? { first: month.first + b - 1, days: 1 }
        : null;
    }
    case "WEEKLY": {
      const first = weekOne(year) + (a - 1) * 7;
      return a >= 1 && first < weekOne(year + 1) ? { first, days: 7 } : null;
    }
    case "MONTHLY":
      return a >= 1 && a <= 12 ? monthsSpan(year, a, 1) : null;
    default:
      return monthsSpan(year, (a - 1) * 3 + 1, 3);
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The key of the calendar period holding day `n`. */
export function periodKeyOfDay(cadence: ChecklistCadence, n: number): string {
  const { year, month, day } = civilDate(n);
  switch (cadence) {
    case "DAILY":
      return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    case "WEEKLY": {
      // ISO weeks belong to the year that holds their Thursday.
      const thursday = n - isoWeekday(n) + 4;
      const weekYear = civilDate(thursday).year;
      return `${pad(weekYear, 4)}-W${pad(Math.floor((thursday - dayNumber(weekYear, 1, 1)) / 7) + 1)}`;
    }
    case "MONTHLY":
      return `${pad(year, 4)}-${pad(month)}`;
    case "QUARTERLY":
      return `${pad(year, 4)}-Q${Math.ceil(month / 3)}`;
    default:
      throw new RangeError(`${String(cadence)} has no calendar periods`);
  }
}

/** The first day of the period `by` periods after (or before, when negative) `span`. */
export function shiftedFirstDay(cadence: ChecklistCadence, span: PeriodSpan, by: number): number {
  if (cadence !== "MONTHLY" && cadence !== "QUARTERLY") return span.first + by * span.days;
  const { year, month } = civilDate(span.first);
  return dayNumber(year, month + by * (cadence === "MONTHLY" ? 1 : 3), 1);
}
