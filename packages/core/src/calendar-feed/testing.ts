import type { Db } from "@opsdeck/db";
import ICAL from "ical.js";
import { createSchedule } from "../schedule/create.ts";
import { ctxOf, type TestUser } from "../testing.ts";

/** "Operations on-call" in Europe/Berlin: one layer, "primary", handing off daily at 09:00 from 20 March 2026. */
export async function makeOpsSchedule(db: Db, admin: TestUser, members: string[]): Promise<string> {
  const layer = { name: "primary", handoff: { every: "day" as const, at: "09:00" }, startsAt: "2026-03-20T08:00:00Z" };
  const input = { name: "Operations on-call", timeZone: "Europe/Berlin", layers: [{ ...layer, members }] };
  return (await createSchedule({ db, ctx: ctxOf(admin), input })).id;
}

export type ParsedEvent = {
  uid: string;
  summary: string;
  description: string;
  start: Date;
  end: Date;
  tzid: string;
  localStart: string;
};

/** A feed's events as a calendar app reads them: ical.js, with the feed's own VTIMEZONEs registered. */
export function parseFeed(text: string): { name: string; events: ParsedEvent[] } {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const tz of cal.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
  const events = cal.getAllSubcomponents("vevent").map((v) => {
    const e = new ICAL.Event(v);
    const two = (n: number) => String(n).padStart(2, "0");
    const s = e.startDate;
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      start: s.toJSDate(),
      end: e.endDate.toJSDate(),
      tzid: s.zone?.tzid ?? "",
      localStart: `${s.year}-${two(s.month)}-${two(s.day)} ${two(s.hour)}:${two(s.minute)}`,
    };
  });
  return { name: String(cal.getFirstPropertyValue("x-wr-calname") ?? ""), events };
}
