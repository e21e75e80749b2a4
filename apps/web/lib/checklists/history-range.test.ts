import { describe, expect, it } from "vitest";
import { historyRange, rangeLabel } from "./history-range";

const today = "2026-12-02";

describe("historyRange", () => {
  it("shows daily runs a month at a time, this month by default", () => {
    expect(historyRange("DAILY", undefined, today)).toEqual({
      unit: "month",
      key: "2026-12",
      from: "2026-12-01",
      to: "2026-12-31",
      label: "December 2026",
      prev: "2026-11",
      next: null,
    });
    expect(historyRange("DAILY", "2024-02", today)).toMatchObject({
      to: "2024-02-29",
      prev: "2024-01",
      next: "2024-03",
    });
    expect(historyRange("PRE_DEPLOY", "2026-01", today)).toMatchObject({ prev: "2025-12", next: "2026-02" });
  });

  it("falls back to this month for a malformed or future month", () => {
    for (const bad of ["2026-13", "2027-01", "26-01", "0999-01", "2026-1"])
      expect(historyRange("DAILY", bad, today).key).toBe("2026-12");
  });

  it("shows other cadences a year at a time", () => {
    const year = historyRange("WEEKLY", undefined, today);
    expect(year).toMatchObject({ unit: "year", key: "2026", from: "2026-01-01", to: "2026-12-31" });
    expect([year.prev, year.next]).toEqual(["2025", null]);
    expect(historyRange("QUARTERLY", "2025", today)).toMatchObject({ key: "2025", next: "2026" });
    expect(historyRange("MONTHLY", "2030", today).key).toBe("2026");
  });
});

describe("rangeLabel", () => {
  it("names a month or a year", () => {
    expect(rangeLabel("2026-01")).toBe("January 2026");
    expect(rangeLabel("2026")).toBe("2026");
  });
});
