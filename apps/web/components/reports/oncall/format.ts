import { formatDuration } from "@/components/incidents/format";

/** A time to acknowledge, or a dash when there is none. */
export const ackTime = (ms: number | null): string => (ms === null ? "–" : formatDuration(ms));

/** "00:00" for hour 0. */
export const hourLabel = (hour: number): string => `${String(hour).padStart(2, "0")}:00`;

/** Night cells: tinted, in both themes, besides the words that say so. */
export const NIGHT_CELL = "bg-indigo-50 dark:bg-indigo-950/60";
