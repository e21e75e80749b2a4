import type { Db } from "@opsdeck/db";
import { SCHEDULE_INCLUDE } from "../schedule/dto.ts";
import { hashToken } from "../token/internal.ts";
import { lastUseTouch } from "../token/touch.ts";
import { FEED_TOKEN_PATTERN } from "./internal.ts";
import { type FeedEvent, feedIcs } from "./ics.ts";
import { type FeedShift, feedShifts } from "./shifts.ts";

const personName = (u: { email: string; name: string | null }) => u.name ?? u.email;
const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const description = (x: FeedShift) =>
  `${x.schedule}, layer ${x.layer}: ${personName(x.user)}${x.override ? " (override)" : ""}`;

/**
 * The .ics text of the feed whose URL holds `token`, or null when no such feed is live (unknown,
 * revoked, or its maker is disabled): one answer for all, so a URL tells nothing about others.
 * Records the use at most once a minute.
 */
export async function renderCalendarFeed({
  db,
  token,
  now = new Date(),
}: {
  db: Db;
  token: string;
  now?: Date;
}): Promise<string | null> {
  if (!FEED_TOKEN_PATTERN.test(token)) return null;
  const feed = await db.calendarFeed.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      revokedAt: true,
      lastUsedAt: true,
      createdBy: { select: { disabledAt: true } },
      schedule: { include: SCHEDULE_INCLUDE },
      user: { select: { id: true, email: true, name: true } },
    },
  });
  if (!feed || feed.revokedAt || feed.createdBy.disabledAt) return null;
  const touch = lastUseTouch(feed, now);
  if (touch) await db.calendarFeed.updateMany(touch);
  if (feed.schedule) {
    const shifts = await feedShifts(db, [feed.schedule], now);
    const events = shifts.map(
      (x): FeedEvent => ({
        ...x,
        summary: `${capitalized(x.layer)}: ${personName(x.user)}`,
        description: description(x),
      }),
    );
    return feedIcs({ name: `On call: ${feed.schedule.name}`, zone: feed.schedule.timeZone, events, now });
  }
  const person = feed.user;
  if (!person) return null;
  // The schedules where the person is a member or holds an override: their shifts can be nowhere else.
  const schedules = await db.onCallSchedule.findMany({
    where: {
      layers: {
        some: { OR: [{ members: { some: { userId: person.id } } }, { overrides: { some: { userId: person.id } } }] },
      },
    },
    include: SCHEDULE_INCLUDE,
    orderBy: { name: "asc" },
  });
  const shifts = (await feedShifts(db, schedules, now)).filter((x) => x.userId === person.id);
  const events = shifts.map(
    (x): FeedEvent => ({ ...x, summary: `On call: ${x.schedule} / ${x.layer}`, description: description(x) }),
  );
  return feedIcs({ name: `On call: ${personName(person)}`, zone: null, events, now });
}
