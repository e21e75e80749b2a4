import { describe, expect, it } from "vitest";
import { dayState, monthWeeks } from "./calendar";

describe("monthWeeks", () => {
  it("lays a month out in weeks from Monday, padded with null", () => {
    // December 2026 starts on a Tuesday and ends on a Thursday.
    const weeks = monthWeeks("2026-12");
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([
      null,
      "2026-12-01",
      "2026-12-02",
      "2026-12-03",
      "2026-12-04",
      "2026-12-05",
      "2026-12-06",
    ]);
    expect(weeks[4]).toEqual(["2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", null, null, null]);
  });

  it("knows leap years and months that start on a Monday", () => {
    expect(monthWeeks("2028-02").flat().filter(Boolean)).toHaveLength(29);
    expect(monthWeeks("2027-02").flat().filter(Boolean)).toHaveLength(28);
    expect(monthWeeks("2027-02")).toHaveLength(4);
    expect(monthWeeks("2027-02")[0]?.[0]).toBe("2027-02-01");
  });
});

describe("dayState", () => {
  it("maps a day's run to what the calendar shows", () => {
    const [today, since] = ["2026-12-10", "2026-12-03"];
    expect(dayState("2026-12-01", "SIGNED", today, since)).toBe("signed");
    expect(dayState("2026-12-02", "LATE", today, since)).toBe("late");
    expect(dayState("2026-12-03", "MISSED", today, since)).toBe("missed");
    expect(dayState("2026-12-10", "OVERDUE", today, since)).toBe("open");
    expect(dayState("2026-12-10", undefined, today, since)).toBe("none");
    expect(dayState("2026-12-04", undefined, today, since)).toBe("none");
  });

  it("expects nothing before the checklist existed or after today", () => {
    const [today, since] = ["2026-12-10", "2026-12-03"];
    expect(dayState("2026-12-02", undefined, today, since)).toBe("blank");
    expect(dayState("2026-12-11", undefined, today, since)).toBe("blank");
  });
});
