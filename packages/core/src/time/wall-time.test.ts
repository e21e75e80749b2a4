import { describe, expect, it } from "vitest";
import { wallTimeToIso, zonedDayRange } from "./wall-time.ts";

describe("wallTimeToIso", () => {
  it("reads a datetime-local value as a wall clock in the zone", () => {
    expect(wallTimeToIso("2026-11-23T14:05", "Europe/Berlin")).toBe("2026-11-23T13:05:00.000Z");
    expect(wallTimeToIso("2026-11-23T14:05", "UTC")).toBe("2026-11-23T14:05:00.000Z");
    expect(wallTimeToIso("2026-07-01T08:00:30", "America/New_York")).toBe("2026-07-01T12:00:30.000Z");
  });

  it("moves a time skipped by the spring change forward", () => {
    expect(wallTimeToIso("2026-03-29T02:30", "Europe/Berlin")).toBe("2026-03-29T01:30:00.000Z");
  });

  it("refuses what is not a time", () => {
    for (const bad of ["", "2026-11-23", "2026-02-30T10:00", "2026-11-23T24:00", "2026-13-01T10:00", "tomorrow"]) {
      expect(wallTimeToIso(bad, "UTC")).toBeNull();
    }
  });
});

describe("zonedDayRange", () => {
  it("spans the calendar day of the zone, both ends included", () => {
    expect(zonedDayRange("2026-11-23", "UTC")).toEqual({
      start: "2026-11-23T00:00:00.000Z",
      end: "2026-11-23T23:59:59.999Z",
    });
    expect(zonedDayRange("2026-11-23", "Europe/Berlin")).toEqual({
      start: "2026-11-22T23:00:00.000Z",
      end: "2026-11-23T22:59:59.999Z",
    });
  });

  it("has 25 hours on the day clocks fall back", () => {
    const r = zonedDayRange("2026-11-01", "America/New_York");
    expect(r && (Date.parse(r.end) + 1 - Date.parse(r.start)) / 3_600_000).toBe(25);
  });

  it("refuses what is not a day", () => {
    for (const bad of ["", "2026-11-23T10:00", "2026-02-30", "yesterday"]) expect(zonedDayRange(bad, "UTC")).toBeNull();
  });
});
