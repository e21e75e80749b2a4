import type { ChecklistCadence } from "@opsdeck/db";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { periodKey } from "./period.ts";
import { isPeriodKey, periodBounds, periodKeysBetween, runDeadlines, shiftPeriodKey } from "./schedule.ts";

// Half-hour and +14 offsets, a 30-minute DST, and zones that change their clocks at midnight.
const ZONES = [
  "UTC",
  "Europe/Berlin",
  "America/New_York",
  "America/Los_Angeles",
  "Asia/Kolkata",
  "Pacific/Kiritimati",
  "Australia/Lord_Howe",
  "America/Santiago",
  "America/Havana",
  "America/Sao_Paulo",
  "Asia/Beirut",
  "Pacific/Chatham",
];
type Periodic = Exclude<ChecklistCadence, "PRE_DEPLOY">;

const zone = fc.constantFrom(...ZONES);
// From 2000: earlier, some of these zones skipped whole days (Kiritimati's 1994-12-31).
const year = fc.integer({ min: 2000, max: 2100 });
const two = (n: number) => String(n).padStart(2, "0");
const keys: Record<Periodic, fc.Arbitrary<string>> = {
  DAILY: fc
    .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
    .map(([y, m, d]) => `${y}-${two(m)}-${two(d)}`)
    .filter((k) => isPeriodKey("DAILY", k)),
  WEEKLY: fc
    .tuple(year, fc.integer({ min: 1, max: 53 }))
    .map(([y, w]) => `${y}-W${two(w)}`)
    .filter((k) => isPeriodKey("WEEKLY", k)),
  MONTHLY: fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${two(m)}`),
  QUARTERLY: fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
};
const cadence = fc.constantFrom<Periodic>("DAILY", "WEEKLY", "MONTHLY", "QUARTERLY");
const period = cadence.chain((c) => keys[c].map((key) => ({ cadence: c, key })));
const walls = new Map(
  ZONES.map((tz) => [tz, new Intl.DateTimeFormat("sv-SE", { timeZone: tz, dateStyle: "short", timeStyle: "short" })]),
);
/** "2026-03-29 03:30" on a wall clock in `tz`. */
const wall = (d: Date, tz: string) => walls.get(tz)?.format(d) ?? "";

describe("schedule properties", () => {
  it("bounds hold exactly the instants periodKey gives the key", () => {
    fc.assert(
      fc.property(period, zone, ({ cadence, key }, tz) => {
        const { start, end } = periodBounds(cadence, key, tz);
        expect(start.getTime()).toBeLessThan(end.getTime());
        expect(periodKey(cadence, start, tz)).toBe(key);
        expect(periodKey(cadence, new Date(end.getTime() - 1), tz)).toBe(key);
        expect(periodKey(cadence, end, tz)).toBe(shiftPeriodKey(cadence, key, 1));
        expect(periodKey(cadence, new Date(start.getTime() - 1), tz)).toBe(shiftPeriodKey(cadence, key, -1));
      }),
      { numRuns: 2000 },
    );
  });

  it("keys periodKey gives are period keys", () => {
    const date = fc.date({
      min: new Date("2000-01-01T00:00:00Z"),
      max: new Date("2100-01-01T00:00:00Z"),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(cadence, date, zone, (c, d, tz) => {
        expect(isPeriodKey(c, periodKey(c, d, tz))).toBe(true);
      }),
    );
  });

  it("is due on the clipped day of the period, at the due time unless the clocks skip it", () => {
    const rule = fc.record({
      dueTime: fc
        .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
        .map(([h, m]) => `${two(h)}:${two(m)}`),
      dueDay: fc.integer({ min: 1, max: 120 }),
      graceMinutes: fc.integer({ min: 0, max: 7 * 1440 }),
    });
    fc.assert(
      fc.property(period, zone, rule, ({ cadence, key }, tz, r) => {
        const { start, end } = periodBounds(cadence, key, tz);
        const deadlines = runDeadlines(cadence, key, tz, r);
        if (!deadlines) throw new Error("a calendar period has deadlines");
        const { dueAt, missAfter } = deadlines;
        expect(missAfter.getTime() - dueAt.getTime()).toBe(r.graceMinutes * 60_000);
        expect(dueAt >= start && dueAt < end).toBe(true);
        const days = periodKeysBetween("DAILY", start, end, tz);
        const day = days[cadence === "DAILY" ? 0 : Math.min(r.dueDay, days.length) - 1];
        const shown = wall(dueAt, tz);
        // A skipped time shows up to an hour later on the same day.
        if (shown !== `${day} ${r.dueTime}`) {
          expect(shown.slice(0, 10)).toBe(day);
          expect(shown.slice(11) > r.dueTime).toBe(true);
          expect(wall(new Date(dueAt.getTime() - 3_600_000), tz) < `${day} ${r.dueTime}`).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("lists consecutive keys from the one holding `from` to the one holding the range's last instant", () => {
    const from = fc.date({
      min: new Date("2000-01-01T00:00:00Z"),
      max: new Date("2099-01-01T00:00:00Z"),
      noInvalidDate: true,
    });
    const span = fc.integer({ min: 1, max: 90 * 86_400_000 });
    fc.assert(
      fc.property(cadence, from, span, zone, (c, f, ms, tz) => {
        const to = new Date(f.getTime() + ms);
        const list = periodKeysBetween(c, f, to, tz);
        expect(list[0]).toBe(periodKey(c, f, tz));
        expect(list.at(-1)).toBe(periodKey(c, new Date(to.getTime() - 1), tz));
        for (let i = 1; i < list.length; i++) expect(list[i]).toBe(shiftPeriodKey(c, list[i - 1] as string, 1));
      }),
    );
  });

  it("shifts add up", () => {
    const step = fc.integer({ min: -300, max: 300 });
    fc.assert(
      fc.property(period, step, step, ({ cadence, key }, a, b) => {
        expect(shiftPeriodKey(cadence, shiftPeriodKey(cadence, key, a), b)).toBe(shiftPeriodKey(cadence, key, a + b));
        expect(shiftPeriodKey(cadence, shiftPeriodKey(cadence, key, a), -a)).toBe(key);
      }),
    );
  });
});
