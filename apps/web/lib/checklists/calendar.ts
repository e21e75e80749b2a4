import type { RunStatus } from "@opsdeck/core/checklist/run-status";

/** What a day of the history calendar shows. */
export type DayState = "signed" | "late" | "missed" | "open" | "none" | "blank";

const pad = (n: number) => String(n).padStart(2, "0");

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The days of a month ("2026-12") as weeks of seven, Monday first; the days of the months around it
 * are null.
 */
export function monthWeeks(month: string): (string | null)[][] {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const lead = (new Date(Date.UTC(year, m - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= daysInMonth(year, m); d++) cells.push(`${month}-${pad(d)}`);
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

/**
 * A day's state from its run (if any), today's key in the checklist's zone and the day the checklist
 * was created: a day without a run before that, or after today, expected none ("blank").
 */
export function dayState(day: string, status: RunStatus | undefined, today: string, since: string): DayState {
  if (day > today || (!status && day < since)) return "blank";
  switch (status) {
    case "SIGNED":
      return "signed";
    case "LATE":
      return "late";
    case "MISSED":
      return "missed";
    case "OPEN":
    case "OVERDUE":
      return "open";
    default:
      return "none";
  }
}
