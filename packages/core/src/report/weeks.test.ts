import { describe, expect, it } from "vitest";
import { incident } from "./fixture.ts";
import { lastDays, reportPeriod } from "./period.ts";
import { incidentsPerWeek } from "./weeks.ts";

const at = (iso: string) => incident({ detectedAt: new Date(iso) });
const weekTotals = (weeks: ReturnType<typeof incidentsPerWeek>) => weeks.map((w) => [w.week, w.total]);

describe("incidentsPerWeek", () => {
  it("buckets by ISO week of the zone across the spring-forward change, a Monday starting at local midnight", () => {
    const period = reportPeriod("2026-03-16", "2026-04-05", "Europe/Berlin");
    expect(period.start.toISOString()).toBe("2026-03-15T23:00:00.000Z");
    expect(period.end.toISOString()).toBe("2026-04-05T22:00:00.000Z");
    const weeks = incidentsPerWeek(
      [
        at("2026-03-29T21:30:00Z"), // Sunday 23:30 CEST: still week 13
        at("2026-03-29T22:30:00Z"), // Monday 00:30 CEST: week 14 (a Sunday in UTC)
        at("2026-03-23T00:30:00Z"),
      ],
      period,
    );
    expect(weekTotals(weeks)).toEqual([
      ["2026-W12", 0],
      ["2026-W13", 2],
      ["2026-W14", 1],
    ]);
    expect(weeks.map((w) => [w.startDay, w.start, w.partial])).toEqual([
      ["2026-03-16", "2026-03-15T23:00:00.000Z", false],
      ["2026-03-23", "2026-03-22T23:00:00.000Z", false],
      ["2026-03-30", "2026-03-29T22:00:00.000Z", false],
    ]);
    // The week the clocks went forward has 167 hours.
    const w13 = weeks[1];
    expect((Date.parse(w13?.end ?? "") - Date.parse(w13?.start ?? "")) / 3_600_000).toBe(167);
    expect(w13?.bySeverity).toEqual({ P0: 0, P1: 2, P2: 0, P3: 0 });
  });

  it("puts a late Sunday evening in New York after the fall-back change in its own week, not UTC's", () => {
    const sundayNight = at("2026-11-02T04:30:00Z"); // Sunday 1 November, 23:30 EST
    const ny = incidentsPerWeek([sundayNight], reportPeriod("2026-10-26", "2026-11-08", "America/New_York"));
    expect(weekTotals(ny)).toEqual([
      ["2026-W44", 1],
      ["2026-W45", 0],
    ]);
    expect((Date.parse(ny[0]?.end ?? "") - Date.parse(ny[0]?.start ?? "")) / 3_600_000).toBe(169);
    const utc = incidentsPerWeek([sundayNight], reportPeriod("2026-10-26", "2026-11-08", "UTC"));
    expect(weekTotals(utc)).toEqual([
      ["2026-W44", 0],
      ["2026-W45", 1],
    ]);
  });

  it("marks the weeks the period covers only partly, and counts only incidents inside the period", () => {
    const period = reportPeriod("2026-03-18", "2026-03-31", "Europe/Berlin");
    const weeks = incidentsPerWeek([at("2026-03-16T12:00:00Z"), at("2026-03-18T12:00:00Z")], period);
    expect(weeks.map((w) => [w.week, w.partial, w.total])).toEqual([
      ["2026-W12", true, 1],
      ["2026-W13", false, 0],
      ["2026-W14", true, 0],
    ]);
  });

  it("names weeks across a new year by their ISO year, with every empty week present", () => {
    const weeks = incidentsPerWeek([at("2027-01-01T12:00:00Z")], reportPeriod("2026-12-21", "2027-01-17", "UTC"));
    expect(weekTotals(weeks)).toEqual([
      ["2026-W52", 0],
      ["2026-W53", 1],
      ["2027-W01", 0],
      ["2027-W02", 0],
    ]);
  });
});

describe("lastDays", () => {
  it("ends today in the zone and counts today as one of the days", () => {
    const now = new Date("2026-03-01T03:00:00Z"); // still 28 February in New York
    expect(lastDays(30, "UTC", now)).toEqual({ from: "2026-01-31", to: "2026-03-01" });
    expect(lastDays(30, "America/New_York", now)).toEqual({ from: "2026-01-30", to: "2026-02-28" });
    expect(lastDays(1, "UTC", now)).toEqual({ from: "2026-03-01", to: "2026-03-01" });
  });
});
