import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addOverride } from "../schedule/add-override.ts";
import { createSchedule } from "../schedule/create.ts";
import { ctxOf, makeUser, type TestUser } from "../testing.ts";
import { createCalendarFeed } from "./create.ts";
import { makeOpsSchedule, type ParsedEvent, parseFeed } from "./testing.ts";
import { renderCalendarFeed } from "./render.ts";
import { revokeCalendarFeed } from "./revoke.ts";

const BASE = "http://opsdeck.test";
const HOUR = 3_600_000;
/** Four days before Europe/Berlin moves to summer time (2026-03-29, 02:00 → 03:00). */
const NOW = new Date("2026-03-25T12:00:00Z");
const tokenOf = (url: string) => url.replace(`${BASE}/api/calendar/`, "").replace(/\.ics$/, "");

describe("calendar feed text", () => {
  let t: TestDb;
  let admin: TestUser;
  let ana: TestUser;
  let ben: TestUser;
  let ops: string;
  const feed = async (input: { schedule?: string; email?: string }) =>
    tokenOf((await createCalendarFeed({ db: t.db, ctx: ctxOf(admin), input, baseUrl: BASE })).url);
  const render = async (token: string, now = NOW) => {
    const text = await renderCalendarFeed({ db: t.db, token, now });
    if (text === null) throw new Error("the feed answered nothing");
    return text;
  };
  const byStart = (events: ParsedEvent[]) => [...events].sort((a, b) => a.start.getTime() - b.start.getTime());

  beforeAll(async () => {
    t = await createTestDb();
    admin = await makeUser(t.db, { role: "ADMIN" });
    ana = await makeUser(t.db, { name: "Ana Berg" });
    ben = await makeUser(t.db, { name: "Ben Ode" });
    ops = await makeOpsSchedule(t.db, admin, [ana.email, ben.email]);
    await createSchedule({
      db: t.db,
      ctx: ctxOf(admin),
      input: {
        name: "Database on-call",
        timeZone: "America/New_York",
        layers: [
          {
            name: "secondary",
            handoff: { every: "week", at: "10:00", weekday: "monday" },
            startsAt: "2026-03-02T15:00:00Z",
            members: [ana.email],
          },
        ],
      },
    });
    // Ben takes four hours of Ana's turn on 3 April.
    await addOverride({
      db: t.db,
      ctx: ctxOf(admin),
      input: {
        id: ops,
        layer: "primary",
        email: ben.email,
        startsAt: "2026-04-03T10:00:00Z",
        endsAt: "2026-04-03T14:00:00Z",
      },
      now: NOW,
    });
  });
  afterAll(() => t.drop());

  it("writes a schedule's daily handoffs at 09:00 Berlin time on both sides of the clock change", async () => {
    const text = await render(await feed({ schedule: ops }));
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain("X-WR-TIMEZONE:Europe/Berlin\r\n");
    expect(text).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n");
    expect(text).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT15M\r\n");
    expect(text).toContain("X-PUBLISHED-TTL:PT15M\r\n");
    expect(text).toContain("DTSTAMP:20260325T120000Z\r\n");
    const { name, events } = parseFeed(text);
    expect(name).toBe("On call: Operations on-call");
    const sorted = byStart(events);
    // From the rotation's start (within the 14 days before) to 90 days ahead, edge to edge.
    expect(sorted[0]?.start.toISOString()).toBe("2026-03-20T08:00:00.000Z");
    expect(sorted.at(-1)?.end.toISOString()).toBe(new Date(NOW.getTime() + 90 * 24 * HOUR).toISOString());
    for (const [i, e] of sorted.entries()) {
      expect(e.tzid).toBe("Europe/Berlin");
      if (i > 0) expect(e.start).toEqual(sorted[i - 1]?.end);
    }
    // Every turn starts at a handoff, except where one resumes after Ben's override (16:00 Berlin time).
    const overrides = sorted.filter((e) => e.description.includes("(override)"));
    expect(overrides.map((e) => e.localStart)).toEqual(["2026-04-03 12:00"]);
    const resumed = (e: ParsedEvent) => overrides.some((o) => o.end.getTime() === e.start.getTime());
    const turns = sorted.filter((e) => !overrides.includes(e) && !resumed(e));
    expect(turns.length).toBe(sorted.length - 2);
    expect(turns.every((e) => e.localStart.endsWith(" 09:00"))).toBe(true);
    const acrossChange = sorted.find((e) => e.localStart === "2026-03-28 09:00");
    expect(acrossChange).toMatchObject({ summary: "Primary: Ana Berg", start: new Date("2026-03-28T08:00:00Z") });
    expect(acrossChange?.end).toEqual(new Date("2026-03-29T07:00:00Z")); // 23 hours: the night lost an hour
    expect(sorted.find((e) => e.localStart === "2026-03-29 09:00")?.start).toEqual(new Date("2026-03-29T07:00:00Z"));
    expect(sorted.find((e) => e.localStart === "2026-03-21 09:00")?.summary).toBe("Primary: Ben Ode");
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it("keeps each shift's UID from one fetch to the next, so calendars update rather than duplicate", async () => {
    const token = await feed({ schedule: ops });
    const first = parseFeed(await render(token)).events;
    const later = parseFeed(await render(token, new Date(NOW.getTime() + 3 * 24 * HOUR))).events;
    const firstByUid = new Map(first.map((e) => [e.uid, e]));
    const shared = later.filter((e) => firstByUid.has(e.uid));
    expect(shared.length).toBeGreaterThan(80);
    for (const e of shared) expect(e.start).toEqual(firstByUid.get(e.uid)?.start);
  });

  it("gives a person their shifts on every schedule and layer, overrides included", async () => {
    const benFeed = parseFeed(await render(await feed({ email: ben.email })));
    expect(benFeed.name).toBe("On call: Ben Ode");
    expect(benFeed.events.every((e) => e.summary === "On call: Operations on-call / primary")).toBe(true);
    const override = benFeed.events.find((e) => e.start.getTime() === Date.parse("2026-04-03T10:00:00Z"));
    expect(override?.end).toEqual(new Date("2026-04-03T14:00:00Z"));
    expect(override?.description).toContain("(override)");

    const anaEvents = byStart(parseFeed(await render(await feed({ email: ana.email }))).events);
    const summaries = new Set(anaEvents.map((e) => e.summary));
    expect(summaries).toEqual(
      new Set(["On call: Operations on-call / primary", "On call: Database on-call / secondary"]),
    );
    // Her turn on 3 April is cut around Ben's override.
    const primary = anaEvents.filter((e) => e.summary.endsWith("primary"));
    const april3 = primary.filter((e) => e.start.toISOString().startsWith("2026-04-03"));
    expect(april3.map((e) => [e.start.toISOString(), e.end.toISOString()])).toEqual([
      ["2026-04-03T07:00:00.000Z", "2026-04-03T10:00:00.000Z"],
      ["2026-04-03T14:00:00.000Z", "2026-04-04T07:00:00.000Z"],
    ]);
    const secondary = anaEvents.filter((e) => e.summary.endsWith("secondary"));
    expect(secondary.every((e) => e.tzid === "America/New_York" && e.localStart.endsWith(" 10:00"))).toBe(true);
  });

  it("answers nothing for a revoked, unknown or malformed token", async () => {
    const token = await feed({ schedule: ops });
    const [row] = await t.db.calendarFeed.findMany({ orderBy: { createdAt: "desc" }, take: 1 });
    await revokeCalendarFeed({ db: t.db, ctx: ctxOf(admin), input: { id: row?.id ?? "" } });
    expect(await renderCalendarFeed({ db: t.db, token, now: NOW })).toBeNull();
    const unknown = `ocal_${"A".repeat(40)}`;
    for (const bad of [unknown, "ocal_short", "", `${token}x`]) {
      expect(await renderCalendarFeed({ db: t.db, token: bad, now: NOW })).toBeNull();
    }
  });

  it("records the last use at most once a minute", async () => {
    const token = await feed({ schedule: ops });
    const lastUsed = async () =>
      (await t.db.calendarFeed.findFirstOrThrow({ orderBy: { createdAt: "desc" } })).lastUsedAt?.toISOString();
    await render(token, NOW);
    expect(await lastUsed()).toBe(NOW.toISOString());
    await render(token, new Date(NOW.getTime() + 30_000));
    expect(await lastUsed()).toBe(NOW.toISOString());
    const later = new Date(NOW.getTime() + 61_000);
    await render(token, later);
    expect(await lastUsed()).toBe(later.toISOString());
  });
});
