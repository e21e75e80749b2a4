import { resolveTimeZone } from "./zone.ts";

export type Instant = Date | string | number;

type Parts = { year: string; month: string; day: string; hour: string; minute: string; second: string; zone: string };

// One formatter per zone; en-US with a 24-hour clock so Node and browsers produce the same text.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
      timeZoneName: "short",
    });
    formatters.set(zone, f);
  }
  return f;
}

const toMs = (at: Instant): number =>
  at instanceof Date ? at.getTime() : typeof at === "number" ? at : Date.parse(at);

function partsIn(at: Instant, zone: string): Parts | null {
  const ms = toMs(at);
  if (!Number.isFinite(ms)) return null;
  const p: Record<string, string> = {};
  for (const { type, value } of formatterFor(resolveTimeZone(zone)).formatToParts(ms)) p[type] = value;
  return {
    year: p.year ?? "",
    month: p.month ?? "",
    day: p.day ?? "",
    hour: p.hour ?? "",
    minute: p.minute ?? "",
    second: p.second ?? "",
    zone: p.timeZoneName ?? "",
  };
}

const INVALID = "—";

/** The zone's short name at that instant: "UTC", "EST", "GMT+1", "GMT+5:30". */
export function zoneLabel(at: Instant, zone: string): string {
  return partsIn(at, zone)?.zone ?? INVALID;
}

/** "2026-11-23 14:05 GMT+1" (with `seconds`, "2026-11-23 14:05:09 GMT+1"): the one way an instant is written. */
export function formatStamp(at: Instant, zone: string, opts: { seconds?: boolean } = {}): string {
  const p = partsIn(at, zone);
  if (!p) return INVALID;
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}${opts.seconds ? `:${p.second}` : ""} ${p.zone}`;
}

/** "14:05 GMT+1" (with `seconds`, "14:05:09 GMT+1"). */
export function formatTime(at: Instant, zone: string, opts: { seconds?: boolean } = {}): string {
  const p = partsIn(at, zone);
  if (!p) return INVALID;
  return `${p.hour}:${p.minute}${opts.seconds ? `:${p.second}` : ""} ${p.zone}`;
}

/** "2026-11-23": the calendar date in `zone`. */
export function formatDate(at: Instant, zone: string): string {
  const p = partsIn(at, zone);
  return p ? `${p.year}-${p.month}-${p.day}` : INVALID;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A chart axis label: "14:05" for buckets shorter than 4 h, "Nov 23" for longer ones; the zone is named once, beside the chart. */
export function formatAxisTick(at: Instant, zone: string, bucketSeconds: number): string {
  const p = partsIn(at, zone);
  if (!p) return INVALID;
  return bucketSeconds >= 4 * 3600 ? `${MONTHS[Number(p.month) - 1]} ${Number(p.day)}` : `${p.hour}:${p.minute}`;
}
