import type { ChecklistCadence } from "@opsdeck/db";
import { zonedInstant } from "../time/zoned-instant.ts";
import { canonicalTimeZone } from "../time/zone.ts";
import { type DueRule, dueMinutes } from "./due-rule.ts";
import { periodKey } from "./period.ts";
import { DAY_MS, type PeriodSpan, parsePeriodSpan, periodKeyOfDay, shiftedFirstDay } from "./period-span.ts";

/** Whether `key` names a period of the cadence ("2026-02-30" and "2027-W53" do not); PRE_DEPLOY: a valid label. */
export function isPeriodKey(cadence: ChecklistCadence, key: string): boolean {
  if (cadence !== "PRE_DEPLOY") return parsePeriodSpan(cadence, key) !== null;
  try {
    return periodKey(cadence, new Date(0), "UTC", key) === key;
  } catch {
    return false;
  }
}

function spanOf(cadence: ChecklistCadence, key: string): PeriodSpan {
  const span = parsePeriodSpan(cadence, key);
  if (!span) throw new RangeError(`Not a ${cadence} period key: ${JSON.stringify(key).slice(0, 40)}`);
  return span;
}

function zoneOf(tz: string): string {
  const zone = canonicalTimeZone(tz);
  if (!zone) throw new RangeError(`Unknown time zone: ${JSON.stringify(tz).slice(0, 60)}`);
  return zone;
}

/**
 * The instants the period starts (local midnight of its first day in tz) and ends (exclusive: start of
 * the next period). RangeError for PRE_DEPLOY or a bad key/zone.
 */
export function periodBounds(cadence: ChecklistCadence, key: string, tz: string): { start: Date; end: Date } {
  const zone = zoneOf(tz);
  const { first, days } = spanOf(cadence, key);
  return {
    start: new Date(zonedInstant(first * DAY_MS, zone)),
    end: new Date(zonedInstant((first + days) * DAY_MS, zone)),
  };
}

/** When the period's run is due and when it counts as missed (dueAt + grace). Null both for PRE_DEPLOY. */
export function runDeadlines(
  cadence: ChecklistCadence,
  key: string,
  tz: string,
  rule: DueRule,
): { dueAt: Date; missAfter: Date } | null {
  if (cadence === "PRE_DEPLOY") return null;
  const minutes = dueMinutes(cadence, rule);
  const zone = zoneOf(tz);
  const { first, days } = spanOf(cadence, key);
  const day = cadence === "DAILY" ? first : first + Math.min(rule.dueDay, days) - 1;
  const dueAt = zonedInstant(day * DAY_MS + minutes * 60_000, zone);
  return { dueAt: new Date(dueAt), missAfter: new Date(dueAt + rule.graceMinutes * 60_000) };
}

/** The key before/after (for "previous/next period" navigation). RangeError for PRE_DEPLOY or a bad key. */
export function shiftPeriodKey(cadence: ChecklistCadence, key: string, by: number): string {
  if (!Number.isSafeInteger(by)) throw new RangeError("A period shift must be a whole number");
  const shifted = periodKeyOfDay(cadence, shiftedFirstDay(cadence, spanOf(cadence, key), by));
  if (!parsePeriodSpan(cadence, shifted)) throw new RangeError(`No period ${by} from ${key}: years run from 1 to 9999`);
  return shifted;
}

/**
 * Keys of the periods overlapping [from, to), oldest first, at most `limit` (default 400); none for
 * PRE_DEPLOY. A day a zone skipped entirely (Samoa's 2011-12-30) holds no instant, so it is left out.
 */
export function periodKeysBetween(cadence: ChecklistCadence, from: Date, to: Date, tz: string, limit = 400): string[] {
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) throw new RangeError("Invalid date");
  if (!(Number.isSafeInteger(limit) && limit >= 0)) throw new RangeError("The limit must be a whole number, 0 or more");
  const zone = zoneOf(tz);
  const keys: string[] = [];
  if (cadence === "PRE_DEPLOY" || from >= to || limit === 0) return keys;
  for (let key = periodKey(cadence, from, zone); ; key = shiftPeriodKey(cadence, key, 1)) {
    const { start, end } = periodBounds(cadence, key, zone);
    if (start >= to) return keys;
    if (end > start && keys.push(key) >= limit) return keys;
  }
}
