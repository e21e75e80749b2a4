import { describe, expect, it } from "vitest";
import { deadlineText, missAfterOf, statusAt } from "./deadline";

const at = (hhmm: string) => Date.parse(`2026-12-02T${hhmm}:00.000Z`);
const d = {
  dueAt: "2026-12-02T10:00:00.000Z",
  missAfter: "2026-12-02T12:00:00.000Z",
  missedAt: null,
  signedOffAt: null,
};

describe("deadlineText", () => {
  it("counts down to the due time, then to the miss", () => {
    expect(deadlineText(d, at("07:25"))).toBe("due in 2 h 35 min");
    expect(deadlineText(d, at("10:20"))).toBe("overdue by 20 min, missed in 1 h 40 min");
    expect(deadlineText(d, at("14:00"))).toBe("missed 2 h ago");
  });

  it("counts a missed run from when the worker marked it", () => {
    expect(deadlineText({ ...d, missedAt: "2026-12-02T12:00:30.000Z" }, at("12:30"))).toBe("missed 29 min ago");
  });

  it("says nothing once signed, or without a deadline", () => {
    expect(deadlineText({ ...d, signedOffAt: "2026-12-02T09:00:00.000Z" }, at("14:00"))).toBeNull();
    expect(deadlineText({ dueAt: null, missAfter: null, missedAt: null, signedOffAt: null }, at("14:00"))).toBeNull();
  });

  it("turns a page left open overdue and missed", () => {
    expect([at("09:59"), at("10:00"), at("12:00")].map((now) => statusAt(d, now))).toEqual([
      "OPEN",
      "OVERDUE",
      "MISSED",
    ]);
    expect(statusAt({ ...d, signedOffAt: "2026-12-02T11:00:00.000Z" }, at("14:00"))).toBe("LATE");
  });
});

describe("missAfterOf", () => {
  it("adds the grace to the due time", () => {
    expect(missAfterOf(d.dueAt, 120)).toBe(d.missAfter);
    expect(missAfterOf(null, 120)).toBeNull();
  });
});
