import { describe, expect, it } from "vitest";
import { calendarDate, isPeriodic, isoWeek, periodKey } from "./period.ts";

const d = (iso: string) => new Date(iso);

describe("periodKey", () => {
  it("keys each calendar cadence in UTC by default", () => {
    const date = d("2026-11-23T12:00:00Z");
    expect(periodKey("DAILY", date)).toBe("2026-11-23");
    expect(periodKey("WEEKLY", date)).toBe("2026-W48");
    expect(periodKey("MONTHLY", date)).toBe("2026-11");
    expect(periodKey("QUARTERLY", date)).toBe("2026-Q4");
  });

  it("maps every month to its quarter", () => {
    const quarters = Array.from({ length: 12 }, (_, m) => periodKey("QUARTERLY", new Date(Date.UTC(2026, m, 15))));
    expect(quarters).toEqual(
      ["Q1", "Q1", "Q1", "Q2", "Q2", "Q2", "Q3", "Q3", "Q3", "Q4", "Q4", "Q4"].map((q) => `2026-${q}`),
    );
  });

  it("uses the wall clock of the time zone", () => {
    const date = d("2026-12-31T23:30:00Z");
    expect(periodKey("DAILY", date, "UTC")).toBe("2026-12-31");
    expect(periodKey("DAILY", date, "Europe/Berlin")).toBe("2027-01-01");
    expect(periodKey("MONTHLY", date, "Europe/Berlin")).toBe("2027-01");
    expect(periodKey("QUARTERLY", date, "Europe/Berlin")).toBe("2027-Q1");
    expect(periodKey("DAILY", d("2026-11-23T03:00:00Z"), "America/Los_Angeles")).toBe("2026-11-22");
    expect(periodKey("DAILY", d("2026-11-23T11:00:00Z"), "Pacific/Kiritimati")).toBe("2026-11-24");
  });

  it("moves the week on Monday, not Sunday", () => {
    expect(periodKey("WEEKLY", d("2026-11-22T23:59:59Z"))).toBe("2026-W47");
    expect(periodKey("WEEKLY", d("2026-11-23T00:00:00Z"))).toBe("2026-W48");
    expect(periodKey("WEEKLY", d("2026-11-22T23:30:00Z"), "Europe/Berlin")).toBe("2026-W48");
  });

  it("gives late-December days to week 1 of the next year when that week holds its Thursday", () => {
    // 2025-12-29 is a Monday: the week of Thursday 2026-01-01.
    expect(periodKey("WEEKLY", d("2025-12-29T12:00:00Z"))).toBe("2026-W01");
    expect(periodKey("WEEKLY", d("2025-12-31T12:00:00Z"))).toBe("2026-W01");
    expect(periodKey("WEEKLY", d("2024-12-30T12:00:00Z"))).toBe("2025-W01");
    expect(periodKey("WEEKLY", d("2019-12-30T12:00:00Z"))).toBe("2020-W01");
  });

  it("gives early-January days to the last week of the previous year when needed", () => {
    // 2027-01-01 is a Friday: its week's Thursday is 2026-12-31, and 2026 has 53 weeks.
    expect(periodKey("WEEKLY", d("2027-01-01T12:00:00Z"))).toBe("2026-W53");
    expect(periodKey("WEEKLY", d("2027-01-03T12:00:00Z"))).toBe("2026-W53");
    expect(periodKey("WEEKLY", d("2027-01-04T12:00:00Z"))).toBe("2027-W01");
    expect(periodKey("WEEKLY", d("2021-01-03T12:00:00Z"))).toBe("2020-W53");
    expect(periodKey("WEEKLY", d("2023-01-01T12:00:00Z"))).toBe("2022-W52");
    expect(periodKey("WEEKLY", d("2026-01-01T12:00:00Z"))).toBe("2026-W01");
  });

  it("keeps late-December days in their own year when the Thursday is", () => {
    expect(periodKey("WEEKLY", d("2026-12-31T12:00:00Z"))).toBe("2026-W53");
    expect(periodKey("WEEKLY", d("2023-12-31T12:00:00Z"))).toBe("2023-W52");
    expect(periodKey("WEEKLY", d("2020-12-31T12:00:00Z"))).toBe("2020-W53");
  });

  it("crosses the week-year boundary by time zone", () => {
    const date = d("2026-12-31T23:30:00Z"); // Thursday in UTC, Friday 2027-01-01 in Tokyo
    expect(periodKey("WEEKLY", date, "UTC")).toBe("2026-W53");
    expect(periodKey("WEEKLY", date, "Asia/Tokyo")).toBe("2026-W53");
    expect(periodKey("WEEKLY", d("2027-01-03T16:00:00Z"), "Asia/Tokyo")).toBe("2027-W01");
  });

  it("keys pre-deploy runs by the caller's label", () => {
    expect(periodKey("PRE_DEPLOY", d("2026-11-23T12:00:00Z"), "UTC", " deploy-1234 ")).toBe("deploy-1234");
    expect(() => periodKey("PRE_DEPLOY", new Date())).toThrow(RangeError);
    expect(() => periodKey("PRE_DEPLOY", new Date(), "UTC", "  ")).toThrow(RangeError);
    expect(() => periodKey("PRE_DEPLOY", new Date(), "UTC", "deploy 12")).toThrow(RangeError);
    expect(() => periodKey("PRE_DEPLOY", new Date(), "UTC", "x".repeat(101))).toThrow(RangeError);
  });

  it("rejects bad dates, zones and cadences", () => {
    expect(() => periodKey("DAILY", new Date("nope"))).toThrow(RangeError);
    expect(() => periodKey("DAILY", new Date(), "Mars/Olympus")).toThrow(RangeError);
    expect(() => periodKey("HOURLY" as never, new Date())).toThrow(/Unknown cadence/);
  });
});

describe("helpers", () => {
  it("isoWeek agrees with known ISO calendars", () => {
    expect(isoWeek({ year: 2026, month: 11, day: 23 })).toEqual({ year: 2026, week: 48 });
    expect(isoWeek({ year: 2015, month: 12, day: 31 })).toEqual({ year: 2015, week: 53 });
    expect(isoWeek({ year: 2016, month: 1, day: 3 })).toEqual({ year: 2015, week: 53 });
    expect(isoWeek({ year: 2008, month: 12, day: 29 })).toEqual({ year: 2009, week: 1 });
  });

  it("calendarDate reads the zone's wall clock", () => {
    expect(calendarDate(d("2026-03-01T02:00:00Z"), "America/New_York")).toEqual({ year: 2026, month: 2, day: 28 });
  });

  it("isPeriodic", () => {
    expect(isPeriodic("QUARTERLY")).toBe(true);
    expect(isPeriodic("PRE_DEPLOY")).toBe(false);
  });
});
