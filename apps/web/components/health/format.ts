import { formatTime } from "@opsdeck/core/time/format";
import { formatAgo } from "@opsdeck/core/time/relative";

/** "12 s ago" from a shared clock; the time of day in `zone` until the clock starts, so server and client agree. */
export const agoText = (iso: string, now: number | null, zone: string): string =>
  now === null ? formatTime(iso, zone, { seconds: true }) : formatAgo(Math.max(0, now - Date.parse(iso)));

export const uptimePct = (v: number | null): string =>
  v === null ? "—" : `${(Math.floor(v * 10_000) / 100).toFixed(2)}%`;
