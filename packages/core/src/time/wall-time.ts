import { TZDate } from "@date-fns/tz";
import { resolveTimeZone } from "./zone.ts";

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant a wall clock in `zone` shows as "2026-11-23T14:05" (a datetime-local input's value), as
 * an ISO string; null when the text is not such a time. A time skipped by a DST change moves forward.
 */
export function wallTimeToIso(local: string, zone: string): string | null {
  const m = WALL_TIME.exec(local);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const d = new TZDate(year, month - 1, day, hour, minute, second, resolveTimeZone(zone));
  // Out-of-range fields roll over (February 30 → March 2): refuse them instead.
  const valid = d.getMonth() === month - 1 && d.getDate() === day && hour < 24 && minute < 60 && second < 60;
  return valid && !Number.isNaN(d.getTime()) ? new Date(d.getTime()).toISOString() : null;
}

/** The first and last millisecond of calendar day "2026-11-23" in `zone`, as ISO strings; null when it is no such day. */
export function zonedDayRange(day: string, zone: string): { start: string; end: string } | null {
  const start = /^\d{4}-\d{2}-\d{2}$/.test(day) ? wallTimeToIso(`${day}T00:00`, zone) : null;
  const last = start && wallTimeToIso(`${day}T23:59:59`, zone);
  return start && last ? { start, end: new Date(Date.parse(last) + 999).toISOString() } : null;
}
