import { tzOffset } from "@date-fns/tz";

const DAY_MS = 86_400_000;

/** The zone's offset from UTC at instant `t`, in milliseconds. */
export const zoneOffsetMs = (zone: string, t: number): number => Math.round(tzOffset(zone, new Date(t)) * 60_000);

/** The wall clock `zone` shows at instant `t`, as milliseconds read as UTC (so `/ DAY_MS` is its local day). */
export const wallClockMs = (t: number, zone: string): number => t + zoneOffsetMs(zone, t);

/**
 * The instant a wall clock in `zone` shows `wall` (ms of that wall time read as UTC). A time the clocks
 * skip moves forward by the gap; a repeated time takes its first occurrence. (TZDate resolves repeated
 * times by the host's own zone, so a server and a browser could disagree.)
 */
export function zonedInstant(wall: number, zone: string): number {
  const offset = (t: number) => zoneOffsetMs(zone, t);
  const before = offset(wall - DAY_MS);
  const fits = [wall - before, wall - offset(wall + DAY_MS)].filter((t) => wall - t === offset(t));
  return fits.length ? Math.min(...fits) : wall - before;
}

/** The instant the calendar day holding `t` begins in `zone` (its first wall-clock moment). */
export function zonedDayStart(t: number, zone: string): number {
  const wall = wallClockMs(t, zone);
  return zonedInstant(wall - (wall % DAY_MS), zone);
}
