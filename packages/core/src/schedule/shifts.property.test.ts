import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { layerShifts, type Override } from "./layer-shifts.ts";
import { onCallAt } from "./on-call-at.ts";
import { type Rotation, WEEKDAYS } from "./rotation.ts";

const ZONES = ["UTC", "Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Australia/Lord_Howe"];
const HOUR = 3_600_000;
const BASE = Date.parse("2026-01-01T00:00:00Z");

const rotation: fc.Arbitrary<Rotation> = fc.record({
  startsAt: fc.integer({ min: 0, max: 365 * 24 * 4 }).map((q) => new Date(BASE + (q * HOUR) / 4)),
  handoff: fc.record({
    every: fc.constantFrom("day" as const, "week" as const),
    minute: fc.integer({ min: 0, max: 1439 }),
    weekday: fc.constantFrom(...WEEKDAYS),
  }),
  members: fc.array(fc.constantFrom("ana", "ben", "cy", "dee"), { minLength: 1, maxLength: 4 }),
});

/** Overrides that do not overlap: consecutive gaps and lengths in hours from the rotation's start. */
const overridesFrom = (start: number) =>
  fc
    .array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 200 })), { maxLength: 5 })
    .map((parts) => {
      let at = start;
      return parts.map(([gap, length], i): Override => {
        const startsAt = at + gap * HOUR;
        at = startsAt + length * HOUR;
        return { id: `o${i}`, userId: `sub${i}`, startsAt: new Date(startsAt), endsAt: new Date(at) };
      });
    });

const layer = rotation.chain((r) =>
  fc.record({
    r: fc.constant(r),
    zone: fc.constantFrom(...ZONES),
    overrides: overridesFrom(r.startsAt.getTime()),
    // Instants from a day before its start to about five months after.
    instants: fc.array(
      fc.integer({ min: -24, max: 3600 }).map((h) => new Date(r.startsAt.getTime() + h * HOUR)),
      {
        minLength: 1,
        maxLength: 20,
      },
    ),
  }),
);

describe("each layer has exactly one person at every instant after its start", () => {
  it("shifts meet end to start, and the person on call at any instant is the one whose shift holds it", () => {
    fc.assert(
      fc.property(layer, ({ r, zone, overrides, instants }) => {
        const from = new Date(r.startsAt.getTime() - 24 * HOUR);
        const to = new Date(r.startsAt.getTime() + 3601 * HOUR);
        const shifts = layerShifts(r, zone, overrides, { from, to });
        expect(shifts[0]?.startsAt).toEqual(r.startsAt);
        expect(shifts.at(-1)?.endsAt).toEqual(to);
        for (let i = 1; i < shifts.length; i++) expect(shifts[i]?.startsAt).toEqual(shifts[i - 1]?.endsAt);
        for (const s of shifts) expect(s.endsAt.getTime()).toBeGreaterThan(s.startsAt.getTime());
        for (const at of instants) {
          const now = onCallAt(r, zone, overrides, at);
          if (at < r.startsAt) {
            expect(now).toBeNull();
            continue;
          }
          const holding = shifts.filter((s) => s.startsAt <= at && at < s.endsAt);
          expect(holding).toHaveLength(1);
          // The shifts are clipped to the range; the person on call's shift is not.
          const clipped = now && { ...now, endsAt: new Date(Math.min(now.endsAt.getTime(), to.getTime())) };
          expect(clipped).toEqual(holding[0]);
        }
      }),
      { seed: 20261203, numRuns: 300 },
    );
  });
});
