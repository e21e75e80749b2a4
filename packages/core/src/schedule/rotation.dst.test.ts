import { describe, expect, it } from "vitest";
import { layerShifts } from "./layer-shifts.ts";
import { type Handoff, type Rotation, turnAt, turnOf } from "./rotation.ts";

const iso = (d: Date) => d.toISOString();
const weekly = (weekday: Handoff["weekday"], hhmm: string): Handoff => {
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  return { every: "week", minute: h * 60 + m, weekday };
};
const daily = (hhmm: string): Handoff => ({ ...weekly(null, hhmm), every: "day" });
const rotation = (startsAt: string, handoff: Handoff, members = ["ana", "ben"]): Rotation => ({
  startsAt: new Date(startsAt),
  handoff,
  members,
});
const handoffs = (r: Rotation, zone: string, count: number) =>
  Array.from({ length: count }, (_, i) => iso(turnOf(r, zone, i + 1).startsAt));

describe("handoffs keep their local time across DST", () => {
  it("Europe/Berlin: a 09:00 Monday handoff is 09:00 local before and after both switches", () => {
    // Clocks go forward on Sunday 29 March 2026 and back on Sunday 25 October 2026.
    const spring = rotation("2026-03-16T08:00:00Z", weekly("monday", "09:00"));
    expect(handoffs(spring, "Europe/Berlin", 2)).toEqual(["2026-03-23T08:00:00.000Z", "2026-03-30T07:00:00.000Z"]);
    const fall = rotation("2026-10-12T07:00:00Z", weekly("monday", "09:00"));
    expect(handoffs(fall, "Europe/Berlin", 2)).toEqual(["2026-10-19T07:00:00.000Z", "2026-10-26T08:00:00.000Z"]);
    // So the week holding the switch is an hour shorter (167 h) or longer (169 h).
    const hours = (r: Rotation, i: number) => {
      const t = turnOf(r, "Europe/Berlin", i);
      return (t.endsAt.getTime() - t.startsAt.getTime()) / 3_600_000;
    };
    expect([hours(spring, 1), hours(fall, 1)]).toEqual([167, 169]);
  });

  it("America/New_York: a 02:30 daily handoff on the spring-forward day moves forward by the gap to 03:30 EDT", () => {
    // 8 March 2026: 02:00 EST jumps to 03:00 EDT, so 02:30 does not exist that day.
    const r = rotation("2026-03-06T07:30:00Z", daily("02:30"));
    expect(handoffs(r, "America/New_York", 3)).toEqual([
      "2026-03-07T07:30:00.000Z", // 02:30 EST
      "2026-03-08T07:30:00.000Z", // 03:30 EDT: the skipped 02:30, an hour on
      "2026-03-09T06:30:00.000Z", // 02:30 EDT
    ]);
    // The turn that ends in the gap is not stretched past it, and nobody's turn vanishes.
    expect(turnAt(r, "America/New_York", new Date("2026-03-08T07:29:59Z"))?.userId).toBe("ben");
    expect(turnAt(r, "America/New_York", new Date("2026-03-08T07:30:00Z"))?.userId).toBe("ana");
  });

  it("America/New_York: a handoff time that happens twice on the fall-back day takes its first occurrence", () => {
    // 1 November 2026: 02:00 EDT falls back to 01:00 EST, so 01:30 happens twice.
    const r = rotation("2026-10-30T05:30:00Z", daily("01:30"));
    expect(handoffs(r, "America/New_York", 3)).toEqual([
      "2026-10-31T05:30:00.000Z", // 01:30 EDT
      "2026-11-01T05:30:00.000Z", // 01:30 EDT, the first of the two
      "2026-11-02T06:30:00.000Z", // 01:30 EST
    ]);
  });

  it("Australia/Sydney: handoffs stay local across April's fall-back and October's spring-forward gap", () => {
    // 5 April 2026: 03:00 AEDT falls back to 02:00 AEST. 4 October 2026: 02:00 AEST jumps to 03:00 AEDT.
    // From 09:00 AEDT on 29 March (22:00 UTC) to 09:00 AEST on 5 April (23:00 UTC): a 169-hour week.
    const autumn = rotation("2026-03-28T22:00:00Z", weekly("sunday", "09:00"));
    expect(handoffs(autumn, "Australia/Sydney", 2)).toEqual(["2026-04-04T23:00:00.000Z", "2026-04-11T23:00:00.000Z"]);
    const gap = rotation("2026-09-26T16:30:00Z", weekly("sunday", "02:30"));
    expect(handoffs(gap, "Australia/Sydney", 2)).toEqual([
      "2026-10-03T16:30:00.000Z", // 03:30 AEDT: the skipped 02:30, an hour on
      "2026-10-10T15:30:00.000Z", // 02:30 AEDT
    ]);
  });
});

describe("turns and shifts", () => {
  it("the first member holds the layer from its start to the first handoff after it, then members take turns", () => {
    const r = rotation("2026-06-03T12:00:00Z", weekly("monday", "09:00"), ["ana", "ben", "cy"]);
    const shifts = layerShifts(r, "Europe/Berlin", [], {
      from: new Date("2026-06-01T00:00:00Z"),
      to: new Date("2026-06-30T00:00:00Z"),
    });
    expect(shifts.map((s) => [s.userId, iso(s.startsAt)])).toEqual([
      ["ana", "2026-06-03T12:00:00.000Z"],
      ["ben", "2026-06-08T07:00:00.000Z"],
      ["cy", "2026-06-15T07:00:00.000Z"],
      ["ana", "2026-06-22T07:00:00.000Z"],
      ["ben", "2026-06-29T07:00:00.000Z"],
    ]);
    expect(iso(shifts.at(-1)?.endsAt as Date)).toBe("2026-06-30T00:00:00.000Z");
    expect(turnAt(r, "Europe/Berlin", new Date("2026-06-03T11:59:59Z"))).toBeNull();
  });

  it("an override takes its stretch out of the turns under it, marked with its id", () => {
    const r = rotation("2026-06-01T07:00:00Z", weekly("monday", "09:00"));
    const o = {
      id: "o1",
      userId: "dee",
      startsAt: new Date("2026-06-05T16:00:00Z"),
      endsAt: new Date("2026-06-09T08:00:00Z"),
    };
    const shifts = layerShifts(r, "Europe/Berlin", [o], {
      from: new Date("2026-06-01T07:00:00Z"),
      to: new Date("2026-06-15T07:00:00Z"),
    });
    expect(shifts.map((s) => [s.userId, iso(s.startsAt), iso(s.endsAt), s.overrideId])).toEqual([
      ["ana", "2026-06-01T07:00:00.000Z", "2026-06-05T16:00:00.000Z", null],
      ["dee", "2026-06-05T16:00:00.000Z", "2026-06-09T08:00:00.000Z", "o1"],
      ["ben", "2026-06-09T08:00:00.000Z", "2026-06-15T07:00:00.000Z", null],
    ]);
  });
});
