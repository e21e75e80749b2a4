import type { ChecklistCadence } from "@opsdeck/db";
import { daysInMonth } from "./calendar";

/** The stretch of runs a history page shows: a month of daily or pre-deploy runs, else a year. */
export type HistoryRange = {
  unit: "month" | "year";
  /** "2026-12" or "2026". */
  key: string;
  /** First and last day, inclusive, as the export wants them. */
  from: string;
  to: string;
  label: string;
  prev: string;
  /** Null when the range holds today: nothing after it has happened. */
  next: string | null;
};

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** "December 2026" for "2026-12", or the year itself. */
export function rangeLabel(key: string): string {
  const [year, month] = key.split("-");
  return month ? `${MONTHS[Number(month) - 1]} ${Number(year)}` : key;
}

export const historyUnit = (cadence: ChecklistCadence): "month" | "year" =>
  cadence === "DAILY" || cadence === "PRE_DEPLOY" ? "month" : "year";

function monthRange(year: number, month: number, current: string): HistoryRange {
  const key = `${pad(year, 4)}-${pad(month)}`;
  const shift = (by: number) => {
    const d = new Date(Date.UTC(year, month - 1 + by, 1));
    return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}`;
  };
  return {
    unit: "month",
    key,
    from: `${key}-01`,
    to: `${key}-${pad(daysInMonth(year, month))}`,
    label: rangeLabel(key),
    prev: shift(-1),
    next: key < current ? shift(1) : null,
  };
}

function yearRange(year: number, current: string): HistoryRange {
  const key = pad(year, 4);
  return {
    unit: "year",
    key,
    from: `${key}-01-01`,
    to: `${key}-12-31`,
    label: key,
    prev: pad(year - 1, 4),
    next: key < current ? pad(year + 1, 4) : null,
  };
}

/**
 * The range asked for (`?month=2026-12` or `?year=2026`, from the year 1000 on), or the one holding
 * `today` (a day key in the checklist's zone) when the parameter is missing, malformed or in the future.
 */
export function historyRange(cadence: ChecklistCadence, param: string | undefined, today: string): HistoryRange {
  const [year, month] = today.split("-").map(Number) as [number, number];
  if (historyUnit(cadence) === "year") {
    const current = today.slice(0, 4);
    const asked = param && /^\d{4}$/.test(param) && param >= "1000" && param <= current ? Number(param) : year;
    return yearRange(asked, current);
  }
  const current = today.slice(0, 7);
  const m = param && param <= current ? /^(\d{4})-(0[1-9]|1[0-2])$/.exec(param) : null;
  return m?.[1] && m[1] >= "1000" ? monthRange(Number(m[1]), Number(m[2]), current) : monthRange(year, month, current);
}
