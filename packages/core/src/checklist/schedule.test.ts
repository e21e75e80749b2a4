import type { ChecklistCadence } from "@opsdeck/db";
import { describe, expect, it } from "vitest";
import { isPeriodKey, periodBounds, periodKeysBetween, shiftPeriodKey } from "./schedule.ts";

const iso = (d: Date) => d.toISOString();
const bounds = (cadence: ChecklistCadence, key: string, tz: string) => {
  const { start, end } = periodBounds(cadence, key, tz);
  return [iso(start), iso(end)];
};
const hours = (cadence: ChecklistCadence, key: string, tz: string) => {
  const { start, end } = periodBounds(cadence, key, tz);
  return (end.getTime() - start.getTime()) / 3_600_000;
};
describe("isPeriodKey", () => {
  it("accepts real days only", () => {
    for (const key of ["2026-11-23", "2028-02-29", "2026-12-31", "0001-01-01"])
      expect(isPeriodKey("DAILY", key)).toBe(true);
    for (const key of [
      "2026-02-30",
      "2027-02-29",
      "2026-04-31",
      "2026-13-01",
      "2026-00-10",
      "2026-11-00",
      "0000-01-01",
    ]) {
      expect(isPeriodKey("DAILY", key)).toBe(false);
    }
  });

  it("accepts week 53 only in years that have it", () => {
    for (const key of ["2026-W01", "2026-W53", "2020-W53", "2015-W53", "2027-W52"])
      expect(isPeriodKey("WEEKLY", key)).toBe(true);
    for (const key of ["2027-W53", "2025-W53", "2026-W00", "2026-W54", "2026-W1"])
      expect(isPeriodKey("WEEKLY", key)).toBe(false);
  });

  it("accepts months and quarters", () => {
    expect(isPeriodKey("MONTHLY", "2026-11")).toBe(true);
    expect(isPeriodKey("QUARTERLY", "2026-Q4")).toBe(true);
    for (const key of ["2026-00", "2026-13", "2026-1"]) expect(isPeriodKey("MONTHLY", key)).toBe(false);
    for (const key of ["2026-Q0", "2026-Q5", "2026-q4"]) expect(isPeriodKey("QUARTERLY", key)).toBe(false);
  });

  it("refuses another cadence's key, padding and noise", () => {
    expect(isPeriodKey("DAILY", "2026-11")).toBe(false);
    expect(isPeriodKey("MONTHLY", "2026-11-23")).toBe(false);
    expect(isPeriodKey("WEEKLY", "2026-Q4")).toBe(false);
    expect(isPeriodKey("DAILY", " 2026-11-23")).toBe(false);
    expect(isPeriodKey("DAILY", "26-11-23")).toBe(false);
    expect(isPeriodKey("HOURLY" as never, "2026-11-23")).toBe(false);
  });

  it("takes pre-deploy labels by periodKey's rule, untrimmed", () => {
    expect(isPeriodKey("PRE_DEPLOY", "deploy-1234")).toBe(true);
    expect(isPeriodKey("PRE_DEPLOY", "x".repeat(100))).toBe(true);
    for (const key of ["", " deploy-1234", "deploy 12", "-x", "x".repeat(101)])
      expect(isPeriodKey("PRE_DEPLOY", key)).toBe(false);
  });
});

describe("periodBounds", () => {
  it("spans each cadence's period, the end being the next one's start", () => {
    expect(bounds("DAILY", "2026-11-23", "UTC")).toEqual(["2026-11-23T00:00:00.000Z", "2026-11-24T00:00:00.000Z"]);
    expect(bounds("WEEKLY", "2026-W48", "UTC")).toEqual(["2026-11-23T00:00:00.000Z", "2026-11-30T00:00:00.000Z"]);
    expect(bounds("MONTHLY", "2026-11", "UTC")).toEqual(["2026-11-01T00:00:00.000Z", "2026-12-01T00:00:00.000Z"]);
    expect(bounds("QUARTERLY", "2026-Q4", "UTC")).toEqual(["2026-10-01T00:00:00.000Z", "2027-01-01T00:00:00.000Z"]);
    expect(bounds("QUARTERLY", "2026-Q2", "UTC")).toEqual(["2026-04-01T00:00:00.000Z", "2026-07-01T00:00:00.000Z"]);
  });

  it("starts at local midnight of the zone", () => {
    const start = (tz: string) => iso(periodBounds("DAILY", "2026-11-23", tz).start);
    expect(start("Europe/Berlin")).toBe("2026-11-22T23:00:00.000Z");
    expect(start("America/Los_Angeles")).toBe("2026-11-23T08:00:00.000Z");
    expect(start("Asia/Kolkata")).toBe("2026-11-22T18:30:00.000Z");
    expect(start("Pacific/Kiritimati")).toBe("2026-11-22T10:00:00.000Z");
    expect(start("Australia/Lord_Howe")).toBe("2026-11-22T13:00:00.000Z"); // +11 in the southern summer
    expect(start("europe/berlin")).toBe("2026-11-22T23:00:00.000Z");
  });

  it("puts ISO weeks at year edges where their Thursday is", () => {
    expect(bounds("WEEKLY", "2026-W01", "UTC")[0]).toBe("2025-12-29T00:00:00.000Z");
    expect(bounds("WEEKLY", "2026-W53", "UTC")).toEqual(["2026-12-28T00:00:00.000Z", "2027-01-04T00:00:00.000Z"]);
    expect(bounds("WEEKLY", "2027-W01", "UTC")[0]).toBe("2027-01-04T00:00:00.000Z");
    expect(bounds("WEEKLY", "2020-W53", "Europe/Berlin")).toEqual([
      "2020-12-27T23:00:00.000Z",
      "2021-01-03T23:00:00.000Z",
    ]);
  });

  it("counts leap days", () => {
    expect(hours("MONTHLY", "2028-02", "UTC")).toBe(29 * 24);
    expect(hours("MONTHLY", "2027-02", "UTC")).toBe(28 * 24);
    expect(hours("QUARTERLY", "2028-Q1", "UTC")).toBe(91 * 24);
    expect(hours("QUARTERLY", "2027-Q1", "UTC")).toBe(90 * 24);
    expect(hours("QUARTERLY", "2027-Q3", "UTC")).toBe(92 * 24);
    expect(bounds("DAILY", "2028-02-29", "UTC")[1]).toBe("2028-03-01T00:00:00.000Z");
  });

  it("has 23- and 25-hour days when the clocks change", () => {
    expect(hours("DAILY", "2026-03-29", "Europe/Berlin")).toBe(23);
    expect(hours("DAILY", "2026-10-25", "Europe/Berlin")).toBe(25);
    expect(hours("DAILY", "2026-03-08", "America/New_York")).toBe(23);
    expect(hours("DAILY", "2026-11-01", "America/New_York")).toBe(25);
    expect(hours("DAILY", "2026-10-04", "Australia/Lord_Howe")).toBe(23.5);
    expect(hours("DAILY", "2026-04-05", "Australia/Lord_Howe")).toBe(24.5);
    expect(hours("MONTHLY", "2026-03", "Europe/Berlin")).toBe(31 * 24 - 1);
    expect(hours("WEEKLY", "2026-W44", "America/New_York")).toBe(7 * 24 + 1);
    expect(hours("DAILY", "2026-03-29", "Asia/Kolkata")).toBe(24);
  });

  it("starts a day whose midnight is skipped at its first instant", () => {
    // Santiago and Havana move their clocks at midnight: the day begins at 01:00.
    expect(bounds("DAILY", "2026-09-06", "America/Santiago")).toEqual([
      "2026-09-06T04:00:00.000Z",
      "2026-09-07T03:00:00.000Z",
    ]);
    expect(bounds("DAILY", "2026-03-08", "America/Havana")[0]).toBe("2026-03-08T05:00:00.000Z");
    // Santiago falls back at midnight: 23:00 to 24:00 of the 4th happens twice.
    expect(bounds("DAILY", "2026-04-04", "America/Santiago")).toEqual([
      "2026-04-04T03:00:00.000Z",
      "2026-04-05T04:00:00.000Z",
    ]);
  });

  it("leaves a day the zone skipped entirely empty", () => {
    expect(bounds("DAILY", "2011-12-30", "Pacific/Apia")).toEqual([
      "2011-12-30T10:00:00.000Z",
      "2011-12-30T10:00:00.000Z",
    ]);
  });

  it("refuses pre-deploy runs, bad keys and unknown zones", () => {
    expect(() => periodBounds("PRE_DEPLOY", "deploy-1", "UTC")).toThrow(RangeError);
    expect(() => periodBounds("DAILY", "2026-02-30", "UTC")).toThrow(RangeError);
    expect(() => periodBounds("WEEKLY", "2027-W53", "UTC")).toThrow(RangeError);
    expect(() => periodBounds("DAILY", "2026-11-23", "Mars/Olympus")).toThrow(RangeError);
    expect(() => periodBounds("DAILY", "2026-11-23", "")).toThrow(RangeError);
  });
});

describe("shiftPeriodKey", () => {
  it("steps days over month, year and leap-day edges", () => {
    expect(shiftPeriodKey("DAILY", "2026-02-28", 1)).toBe("2026-03-01");
    expect(shiftPeriodKey("DAILY", "2028-02-28", 1)).toBe("2028-02-29");
    expect(shiftPeriodKey("DAILY", "2026-12-31", 1)).toBe("2027-01-01");
    expect(shiftPeriodKey("DAILY", "2027-01-01", -1)).toBe("2026-12-31");
    expect(shiftPeriodKey("DAILY", "2026-11-23", 0)).toBe("2026-11-23");
    expect(shiftPeriodKey("DAILY", "2026-11-23", 365)).toBe("2027-11-23");
  });

  it("steps ISO weeks through week 53", () => {
    expect(shiftPeriodKey("WEEKLY", "2026-W52", 1)).toBe("2026-W53");
    expect(shiftPeriodKey("WEEKLY", "2026-W52", 2)).toBe("2027-W01");
    expect(shiftPeriodKey("WEEKLY", "2027-W01", -1)).toBe("2026-W53");
    expect(shiftPeriodKey("WEEKLY", "2026-W01", -1)).toBe("2025-W52");
    expect(shiftPeriodKey("WEEKLY", "2027-W52", 1)).toBe("2028-W01");
  });

  it("steps months and quarters over years", () => {
    expect(shiftPeriodKey("MONTHLY", "2026-12", 1)).toBe("2027-01");
    expect(shiftPeriodKey("MONTHLY", "2026-01", -1)).toBe("2025-12");
    expect(shiftPeriodKey("MONTHLY", "2026-11", 27)).toBe("2029-02");
    expect(shiftPeriodKey("QUARTERLY", "2026-Q4", 1)).toBe("2027-Q1");
    expect(shiftPeriodKey("QUARTERLY", "2026-Q1", -5)).toBe("2024-Q4");
  });

  it("refuses pre-deploy runs, bad keys, fractional steps and years past 9999", () => {
    expect(() => shiftPeriodKey("PRE_DEPLOY", "deploy-1", 1)).toThrow(RangeError);
    expect(() => shiftPeriodKey("DAILY", "2026-02-30", 1)).toThrow(RangeError);
    expect(() => shiftPeriodKey("DAILY", "2026-11-23", 0.5)).toThrow(RangeError);
    expect(() => shiftPeriodKey("DAILY", "9999-12-31", 1)).toThrow(RangeError);
    expect(() => shiftPeriodKey("MONTHLY", "0001-01", -1)).toThrow(RangeError);
    expect(() => shiftPeriodKey("QUARTERLY", "2026-Q1", Number.MAX_SAFE_INTEGER)).toThrow(RangeError);
  });
});

describe("periodKeysBetween", () => {
  const at = (s: string) => new Date(s);

  it("lists the days around a clock change, the end excluded", () => {
    const berlin = (to: string) => periodKeysBetween("DAILY", at("2026-03-28T12:00:00+01:00"), at(to), "Europe/Berlin");
    expect(berlin("2026-03-31T00:00:00+02:00")).toEqual(["2026-03-28", "2026-03-29", "2026-03-30"]);
    expect(berlin("2026-03-31T00:00:00.001+02:00")).toEqual(["2026-03-28", "2026-03-29", "2026-03-30", "2026-03-31"]);
    expect(
      periodKeysBetween("DAILY", at("2026-10-31T23:59:00-04:00"), at("2026-11-02T00:00:00-05:00"), "America/New_York"),
    ).toEqual(["2026-10-31", "2026-11-01"]);
  });

  it("lists weeks, months and quarters over a year edge", () => {
    expect(periodKeysBetween("WEEKLY", at("2026-12-20T00:00:00Z"), at("2027-01-10T00:00:00Z"), "UTC")).toEqual([
      "2026-W51",
      "2026-W52",
      "2026-W53",
      "2027-W01",
    ]);
    expect(
      periodKeysBetween("MONTHLY", at("2026-11-15T00:00:00Z"), at("2027-02-01T00:00:00Z"), "Asia/Kolkata"),
    ).toEqual([
      "2026-11",
      "2026-12",
      "2027-01",
      "2027-02", // 2027-02-01T00:00Z is already 05:30 on the 1st in Kolkata
    ]);
    expect(periodKeysBetween("QUARTERLY", at("2026-08-01T00:00:00Z"), at("2027-04-01T00:00:00Z"), "UTC")).toEqual([
      "2026-Q3",
      "2026-Q4",
      "2027-Q1",
    ]);
  });

  it("stops at the limit", () => {
    const from = at("2026-01-01T00:00:00Z");
    const to = at("2028-01-01T00:00:00Z");
    expect(periodKeysBetween("DAILY", from, to, "UTC")).toHaveLength(400);
    expect(periodKeysBetween("DAILY", from, to, "UTC", 3)).toEqual(["2026-01-01", "2026-01-02", "2026-01-03"]);
    expect(periodKeysBetween("DAILY", from, to, "UTC", 0)).toEqual([]);
  });

  it("is empty for an empty range or pre-deploy runs, and skips days a zone skipped", () => {
    const t = at("2026-11-23T12:00:00Z");
    expect(periodKeysBetween("DAILY", t, t, "UTC")).toEqual([]);
    expect(periodKeysBetween("DAILY", t, at("2026-11-22T12:00:00Z"), "UTC")).toEqual([]);
    expect(periodKeysBetween("PRE_DEPLOY", t, at("2027-11-22T12:00:00Z"), "UTC")).toEqual([]);
    expect(periodKeysBetween("DAILY", at("2011-12-29T12:00:00Z"), at("2011-12-31T09:00:00Z"), "Pacific/Apia")).toEqual([
      "2011-12-29",
      "2011-12-31",
    ]);
  });

  it("refuses bad dates, limits and zones", () => {
    const t = at("2026-11-23T12:00:00Z");
    expect(() => periodKeysBetween("DAILY", at("nope"), t, "UTC")).toThrow(RangeError);
    expect(() => periodKeysBetween("DAILY", t, at("nope"), "UTC")).toThrow(RangeError);
    expect(() => periodKeysBetween("DAILY", t, t, "UTC", -1)).toThrow(RangeError);
    expect(() => periodKeysBetween("DAILY", t, t, "UTC", 1.5)).toThrow(RangeError);
    expect(() => periodKeysBetween("DAILY", t, t, "Mars/Olympus")).toThrow(RangeError);
  });
});
