import type { ReportPeriod } from "../report/period.ts";
import { dayIn, weekIn, weeksOf } from "../report/period.ts";
import { type AckStats, ackStats } from "./ack-stats.ts";
import { type OnCallRows, pairKey } from "./load.ts";
import { isNightHour, localHour, NIGHT_END_HOUR, NIGHT_START_HOUR } from "./night.ts";

export type OnCallWeek = { week: string; startDay: string; start: string; end: string; partial: boolean };

export type PersonLoad = {
  user: { id: string; name: string | null; email: string };
  pages: number;
  nightPages: number;
  /** Pages and night pages in each week of `OnCallReportDto.weeks`, in the same order. */
  weeks: { week: string; pages: number; nightPages: number }[];
  ack: AckStats;
  /** Pages on incidents this person did not acknowledge: somebody else did, or nobody has. */
  unacknowledgedPages: number;
  /** Of those, the pages on incidents somebody else acknowledged. */
  acknowledgedByOthers: number;
};

export type HourBucket = { hour: number; night: boolean; pages: number; ack: AckStats };

export type OnCallReportDto = {
  period: { weeks: number; from: string; to: string; zone: string; start: string; end: string };
  generatedAt: string;
  night: { startHour: number; endHour: number };
  weeks: OnCallWeek[];
  people: PersonLoad[];
  byHour: HourBucket[];
  total: { pages: number; nightPages: number; unacknowledgedPages: number; ack: AckStats };
};

/**
 * The on-call load of the period's pages (see `load.ts` for what one page is), in the period's zone:
 * - a page is counted in the ISO week and the hour of the day of its first delivered send, and is a
 *   night page when that hour is from 22:00 to 06:59;
 * - time to acknowledge is one figure per person and incident: the incident's acknowledgement minus the
 *   first page that reached the person on it, counted when that person acknowledged it and that first
 *   page is in the period; the hour table files it under the hour of that first page;
 * - a page is unacknowledged by its person when the incident was not acknowledged by them.
 */
export function buildOnCallReport(
  rows: OnCallRows,
  period: ReportPeriod,
  weekCount: number,
  now: Date,
): OnCallReportDto {
  const { zone } = period;
  const weeks = weeksOf(period).map((w) => ({
    week: w.key,
    startDay: dayIn(w.start, zone),
    start: w.start.toISOString(),
    end: w.end.toISOString(),
    partial: w.end > now,
  }));
  const weekIndex = new Map(weeks.map((w, i) => [w.week, i]));
  const people = new Map<string, PersonLoad & { samples: number[] }>();
  const hours = Array.from({ length: 24 }, (_, hour) => ({
    hour,
    night: isNightHour(hour),
    pages: 0,
    samples: [] as number[],
  }));
  const sampled = new Set<string>();
  for (const page of rows.pages) {
    const user = rows.users.get(page.userId) ?? { id: page.userId, name: null, email: "" };
    let person = people.get(page.userId);
    if (!person) {
      person = {
        user,
        pages: 0,
        nightPages: 0,
        weeks: weeks.map((w) => ({ week: w.week, pages: 0, nightPages: 0 })),
        ack: ackStats([]),
        unacknowledgedPages: 0,
        acknowledgedByOthers: 0,
        samples: [],
      };
      people.set(page.userId, person);
    }
    const hour = localHour(page.sentAt, zone);
    const night = isNightHour(hour);
    const week = person.weeks[weekIndex.get(weekIn(page.sentAt, zone)) ?? -1];
    person.pages++;
    if (week) week.pages++;
    (hours[hour] as (typeof hours)[number]).pages++;
    if (night) {
      person.nightPages++;
      if (week) week.nightPages++;
    }
    const ack = rows.acks.get(page.incidentId);
    if (ack?.byUserId !== page.userId) {
      person.unacknowledgedPages++;
      if (ack) person.acknowledgedByOthers++;
      continue;
    }
    const pair = pairKey(page.incidentId, page.userId);
    const first = rows.firstPages.get(pair);
    if (sampled.has(pair) || !first || first < period.start || ack.at < first) continue;
    sampled.add(pair);
    person.samples.push(ack.at.getTime() - first.getTime());
    (hours[localHour(first, zone)] as (typeof hours)[number]).samples.push(ack.at.getTime() - first.getTime());
  }
  const list = [...people.values()]
    .map(({ samples, ...p }) => ({ ...p, ack: ackStats(samples) }))
    .sort((a, b) => b.pages - a.pages || (a.user.name ?? a.user.email).localeCompare(b.user.name ?? b.user.email));
  const sum = (f: (p: PersonLoad) => number) => list.reduce((n, p) => n + f(p), 0);
  return {
    period: {
      weeks: weekCount,
      from: period.from,
      to: period.to,
      zone,
      start: period.start.toISOString(),
      end: period.end.toISOString(),
    },
    generatedAt: now.toISOString(),
    night: { startHour: NIGHT_START_HOUR, endHour: NIGHT_END_HOUR },
    weeks,
    people: list,
    byHour: hours.map(({ samples, ...h }) => ({ ...h, ack: ackStats(samples) })),
    total: {
      pages: sum((p) => p.pages),
      nightPages: sum((p) => p.nightPages),
      unacknowledgedPages: sum((p) => p.unacknowledgedPages),
      ack: ackStats([...people.values()].flatMap((p) => p.samples)),
    },
  };
}
