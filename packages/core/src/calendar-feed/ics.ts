import { TZDate } from "@date-fns/tz";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical from "ical-generator";

/** How often a calendar app is asked to fetch the feed again (REFRESH-INTERVAL and X-PUBLISHED-TTL). */
export const FEED_REFRESH_SECONDS = 15 * 60;

export type FeedEvent = {
  uid: string;
  summary: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  zone: string;
};

/**
 * The iCalendar text of a feed. Each event's times are local to its schedule's zone, with that zone's
 * VTIMEZONE; a zone without one (UTC) is written in UTC. DTSTAMP is the time of this fetch, in UTC.
 */
export function feedIcs({
  name,
  zone,
  events,
  now,
}: {
  name: string;
  /** The calendar's own zone (X-WR-TIMEZONE), for a feed of one schedule. */
  zone: string | null;
  events: FeedEvent[];
  now: Date;
}): string {
  const cal = ical({
    name,
    prodId: { company: "Opsdeck", product: "On-call", language: "EN" },
    ttl: FEED_REFRESH_SECONDS,
    // No name: a named calendar zone would write DTSTAMP in local time, which RFC 5545 forbids.
    timezone: { name: null, generator: getVtimezoneComponent },
    x: zone ? { "X-WR-TIMEZONE": zone } : {},
  });
  for (const e of events) {
    const local = getVtimezoneComponent(e.zone) !== null;
    cal.createEvent({
      id: e.uid,
      stamp: now,
      start: local ? new TZDate(e.startsAt.getTime(), e.zone) : e.startsAt,
      end: local ? new TZDate(e.endsAt.getTime(), e.zone) : e.endsAt,
      timezone: local ? e.zone : null,
      summary: e.summary,
      description: e.description,
    });
  }
  return cal.toString();
}
