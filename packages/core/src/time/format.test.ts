import { describe, expect, it } from "vitest";
import { formatAxisTick, formatDate, formatStamp, formatTime, zoneLabel } from "./format.ts";

const AT = "2026-11-23T13:05:09.500Z";

describe("formatStamp", () => {
  it("writes the wall clock of the zone with the zone's short name", () => {
    expect(formatStamp(AT, "UTC")).toBe("2026-11-23 13:05 UTC");
    expect(formatStamp(AT, "Europe/Berlin")).toBe("2026-11-23 14:05 GMT+1");
    expect(formatStamp(AT, "America/New_York")).toBe("2026-11-23 08:05 EST");
    expect(formatStamp(AT, "Asia/Kolkata")).toBe("2026-11-23 18:35 GMT+5:30");
    expect(formatStamp(AT, "Pacific/Auckland")).toBe("2026-11-24 02:05 GMT+13");
  });

  it("accepts a Date, epoch milliseconds or an ISO string alike, and adds seconds on request", () => {
    expect(formatStamp(new Date(AT), "UTC")).toBe(formatStamp(Date.parse(AT), "UTC"));
    expect(formatStamp(AT, "Europe/Berlin", { seconds: true })).toBe("2026-11-23 14:05:09 GMT+1");
  });

  it("uses a 24-hour clock, midnight included", () => {
    expect(formatStamp("2026-11-23T00:00:00Z", "UTC")).toBe("2026-11-23 00:00 UTC");
    expect(formatStamp("2026-11-23T23:59:00Z", "UTC")).toBe("2026-11-23 23:59 UTC");
  });

  it("follows daylight saving time across the change", () => {
    // New York springs forward at 02:00 EST on 2026-03-08 (07:00 UTC).
    expect(formatStamp("2026-03-08T06:59:00Z", "America/New_York")).toBe("2026-03-08 01:59 EST");
    expect(formatStamp("2026-03-08T07:00:00Z", "America/New_York")).toBe("2026-03-08 03:00 EDT");
    // Berlin falls back at 03:00 CEST on 2026-10-25 (01:00 UTC): 02:xx happens twice, told apart by the zone.
    expect(formatStamp("2026-10-25T00:30:00Z", "Europe/Berlin")).toBe("2026-10-25 02:30 GMT+2");
    expect(formatStamp("2026-10-25T01:30:00Z", "Europe/Berlin")).toBe("2026-10-25 02:30 GMT+1");
  });

  it("falls back to UTC for a zone it does not know, and marks an invalid instant", () => {
    expect(formatStamp(AT, "Nowhere/Land")).toBe("2026-11-23 13:05 UTC");
    expect(formatStamp(AT, "")).toBe("2026-11-23 13:05 UTC");
    expect(formatStamp("not a date", "UTC")).toBe("—");
  });
});

describe("formatTime, formatDate and zoneLabel", () => {
  it("agree with formatStamp", () => {
    expect(formatTime(AT, "America/New_York")).toBe("08:05 EST");
    expect(formatTime(AT, "UTC", { seconds: true })).toBe("13:05:09 UTC");
    expect(zoneLabel("2026-07-01T12:00:00Z", "America/New_York")).toBe("EDT");
    expect(zoneLabel(AT, "Etc/UTC")).toBe("UTC");
  });

  it("dates an instant by the zone's calendar", () => {
    expect(formatDate("2026-12-31T23:30:00Z", "UTC")).toBe("2026-12-31");
    expect(formatDate("2026-12-31T23:30:00Z", "Asia/Tokyo")).toBe("2027-01-01");
    expect(formatDate("2026-12-31T23:30:00Z", "America/Los_Angeles")).toBe("2026-12-31");
  });
});

describe("formatAxisTick", () => {
  it("shows the time for short buckets and the day for long ones, in the zone", () => {
    expect(formatAxisTick(AT, "Europe/Berlin", 60)).toBe("14:05");
    expect(formatAxisTick(AT, "UTC", 3600)).toBe("13:05");
    expect(formatAxisTick("2026-11-23T00:00:00Z", "UTC", 86_400)).toBe("Nov 23");
    expect(formatAxisTick("2026-11-23T00:00:00Z", "America/New_York", 86_400)).toBe("Nov 22");
  });
});
