import type { ChecklistCadence } from "@opsdeck/db";
import { describe, expect, it } from "vitest";
import type { DueRule } from "./due-rule.ts";
import { periodBounds, runDeadlines } from "./schedule.ts";

const iso = (d: Date) => d.toISOString();
/** "2026-03-29 03:30" on a wall clock in `tz`. */
const wall = (d: Date, tz: string) =>
  new Intl.DateTimeFormat("sv-SE", { timeZone: tz, dateStyle: "short", timeStyle: "short" }).format(d);
const due = (cadence: ChecklistCadence, key: string, tz: string, rule: Partial<DueRule> = {}) => {
  const r = runDeadlines(cadence, key, tz, { dueTime: "09:00", dueDay: 1, graceMinutes: 0, ...rule });
  return r && { dueAt: iso(r.dueAt), missAfter: iso(r.missAfter) };
};

describe("runDeadlines", () => {
  it("is due at the wall time of the period's first day for DAILY, whatever dueDay says", () => {
    expect(due("DAILY", "2026-11-23", "Europe/Berlin", { dueTime: "10:00", dueDay: 0, graceMinutes: 120 })).toEqual({
      dueAt: "2026-11-23T09:00:00.000Z",
      missAfter: "2026-11-23T11:00:00.000Z",
    });
    expect(due("DAILY", "2026-11-23", "Asia/Kolkata")?.dueAt).toBe("2026-11-23T03:30:00.000Z");
    expect(due("DAILY", "2026-11-23", "Pacific/Kiritimati", { dueTime: "00:30" })?.dueAt).toBe(
      "2026-11-22T10:30:00.000Z",
    );
  });

  it("counts WEEKLY days from Monday and clips them to Sunday", () => {
    const friday = due("WEEKLY", "2026-W48", "America/Los_Angeles", { dueTime: "17:00", dueDay: 5, graceMinutes: 60 });
    expect(friday).toEqual({ dueAt: "2026-11-28T01:00:00.000Z", missAfter: "2026-11-28T02:00:00.000Z" });
    expect(due("WEEKLY", "2026-W48", "UTC", { dueDay: 9 })?.dueAt).toBe("2026-11-29T09:00:00.000Z");
    expect(due("WEEKLY", "2026-W53", "UTC", { dueDay: 5 })?.dueAt).toBe("2027-01-01T09:00:00.000Z");
  });

  it("clips MONTHLY days to the month's last", () => {
    expect(due("MONTHLY", "2026-11", "UTC", { dueDay: 5 })?.dueAt).toBe("2026-11-05T09:00:00.000Z");
    expect(due("MONTHLY", "2026-11", "UTC", { dueDay: 31 })?.dueAt).toBe("2026-11-30T09:00:00.000Z");
    expect(due("MONTHLY", "2026-12", "UTC", { dueDay: 31 })?.dueAt).toBe("2026-12-31T09:00:00.000Z");
    expect(due("MONTHLY", "2028-02", "UTC", { dueDay: 30 })?.dueAt).toBe("2028-02-29T09:00:00.000Z");
    expect(due("MONTHLY", "2027-02", "UTC", { dueDay: 30 })?.dueAt).toBe("2027-02-28T09:00:00.000Z");
  });

  it("counts QUARTERLY days from the quarter's first day", () => {
    expect(due("QUARTERLY", "2026-Q1", "UTC")?.dueAt).toBe("2026-01-01T09:00:00.000Z");
    expect(due("QUARTERLY", "2026-Q1", "UTC", { dueDay: 45 })?.dueAt).toBe("2026-02-14T09:00:00.000Z");
    expect(due("QUARTERLY", "2026-Q1", "UTC", { dueDay: 92 })?.dueAt).toBe("2026-03-31T09:00:00.000Z");
    expect(due("QUARTERLY", "2028-Q1", "UTC", { dueDay: 60 })?.dueAt).toBe("2028-02-29T09:00:00.000Z");
    expect(due("QUARTERLY", "2026-Q4", "Europe/Berlin", { dueDay: 92 })?.dueAt).toBe("2026-12-31T08:00:00.000Z");
  });

  it("moves a due time the clocks skip forward by the gap", () => {
    const berlin = runDeadlines("DAILY", "2026-03-29", "Europe/Berlin", {
      dueTime: "02:30",
      dueDay: 1,
      graceMinutes: 0,
    });
    expect(berlin && wall(berlin.dueAt, "Europe/Berlin")).toBe("2026-03-29 03:30");
    expect(due("DAILY", "2026-03-08", "America/New_York", { dueTime: "02:30" })?.dueAt).toBe(
      "2026-03-08T07:30:00.000Z",
    );
    // Lord Howe skips only half an hour: 02:15 becomes 02:45.
    const lhi = runDeadlines("DAILY", "2026-10-04", "Australia/Lord_Howe", {
      dueTime: "02:15",
      dueDay: 1,
      graceMinutes: 0,
    });
    expect(lhi && wall(lhi.dueAt, "Australia/Lord_Howe")).toBe("2026-10-04 02:45");
  });

  it("takes the first of a repeated wall time", () => {
    expect(due("DAILY", "2026-10-25", "Europe/Berlin", { dueTime: "02:30" })?.dueAt).toBe("2026-10-25T00:30:00.000Z");
    expect(due("DAILY", "2026-11-01", "America/New_York", { dueTime: "01:30" })?.dueAt).toBe(
      "2026-11-01T05:30:00.000Z",
    );
    expect(due("DAILY", "2026-04-05", "Australia/Lord_Howe", { dueTime: "01:45" })?.dueAt).toBe(
      "2026-04-04T14:45:00.000Z",
    );
  });

  it("gives the same instants whatever zone the host runs in", () => {
    const saved = process.env.TZ;
    const cases = () => [
      due("DAILY", "2026-10-25", "Europe/Berlin", { dueTime: "02:30" }),
      due("DAILY", "2026-11-01", "America/New_York", { dueTime: "01:30" }),
      due("DAILY", "2026-03-29", "Europe/Berlin", { dueTime: "02:30" }),
      iso(periodBounds("DAILY", "2026-04-04", "America/Santiago").start),
    ];
    try {
      process.env.TZ = "UTC";
      const expected = cases();
      for (const host of ["Asia/Tokyo", "America/Los_Angeles", "Europe/Berlin", "America/New_York"]) {
        process.env.TZ = host;
        expect(cases()).toEqual(expected);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it("adds the grace as elapsed time, across a clock change too", () => {
    const r = due("DAILY", "2026-03-28", "Europe/Berlin", { dueTime: "23:00", graceMinutes: 180 });
    expect(r).toEqual({ dueAt: "2026-03-28T22:00:00.000Z", missAfter: "2026-03-29T01:00:00.000Z" });
  });

  it("is null for pre-deploy runs", () => {
    expect(runDeadlines("PRE_DEPLOY", "deploy-1", "UTC", { dueTime: "10:00", dueDay: 1, graceMinutes: 0 })).toBeNull();
  });

  it("refuses a bad rule, key or zone", () => {
    for (const rule of [
      { dueTime: "24:00" },
      { dueTime: "9:00" },
      { dueTime: "09:60" },
      { dueDay: 0 },
      { dueDay: 1.5 },
      { graceMinutes: -1 },
      { graceMinutes: Number.NaN },
    ]) {
      expect(() => due("WEEKLY", "2026-W48", "UTC", rule)).toThrow(RangeError);
    }
    expect(() => due("MONTHLY", "2026-13", "UTC")).toThrow(RangeError);
    expect(() => due("MONTHLY", "2026-11", "Nowhere/Land")).toThrow(RangeError);
  });
});
