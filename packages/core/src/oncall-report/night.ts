import { wallClockMs } from "../time/zoned-instant.ts";

/** Night is 22:00 to 07:00 local time: the hours 22, 23 and 0 to 6. */
export const NIGHT_START_HOUR = 22;
export const NIGHT_END_HOUR = 7;

/** The hour of the day (0–23) the wall clock of `zone` shows at `at`. */
export const localHour = (at: Date, zone: string): number => new Date(wallClockMs(at.getTime(), zone)).getUTCHours();

export const isNightHour = (hour: number): boolean => hour >= NIGHT_START_HOUR || hour < NIGHT_END_HOUR;
