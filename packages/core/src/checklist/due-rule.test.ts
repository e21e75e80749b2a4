import { describe, expect, it } from "vitest";
import { DUE_TIME, describeDueRule } from "./due-rule.ts";

const rule = (dueTime: string, dueDay: number, graceMinutes: number) => ({ dueTime, dueDay, graceMinutes });

describe("DUE_TIME", () => {
  it("takes 24-hour HH:MM only", () => {
    for (const ok of ["00:00", "09:05", "19:59", "23:59"]) expect(DUE_TIME.test(ok)).toBe(true);
    for (const bad of ["24:00", "9:00", "09:60", "09:00:00", " 09:00", "0900", ""])
      expect(DUE_TIME.test(bad)).toBe(false);
  });
});

describe("describeDueRule", () => {
  it("words each cadence", () => {
    expect(describeDueRule("DAILY", rule("10:00", 3, 120))).toBe("Due 10:00, 2 h grace");
    expect(describeDueRule("WEEKLY", rule("17:00", 5, 60))).toBe("Due Friday 17:00, 1 h grace");
    expect(describeDueRule("MONTHLY", rule("09:00", 5, 1440))).toBe("Due on day 5 at 09:00, 1 d grace");
    expect(describeDueRule("QUARTERLY", rule("09:00", 40, 0))).toBe("Due on day 40 of the quarter at 09:00, no grace");
    expect(describeDueRule("PRE_DEPLOY", rule("09:00", 1, 60))).toBe("");
  });

  it("words days some periods lack by the clipping rule", () => {
    expect(describeDueRule("WEEKLY", rule("17:00", 1, 0))).toBe("Due Monday 17:00, no grace");
    expect(describeDueRule("WEEKLY", rule("17:00", 9, 0))).toBe("Due Sunday 17:00, no grace");
    expect(describeDueRule("MONTHLY", rule("09:00", 28, 0))).toBe("Due on day 28 at 09:00, no grace");
    expect(describeDueRule("MONTHLY", rule("09:00", 30, 0))).toBe(
      "Due on day 30 (or the month's last) at 09:00, no grace",
    );
    expect(describeDueRule("MONTHLY", rule("09:00", 31, 0))).toBe("Due on the month's last day at 09:00, no grace");
    expect(describeDueRule("QUARTERLY", rule("09:00", 91, 0))).toBe(
      "Due on day 91 of the quarter (or the quarter's last) at 09:00, no grace",
    );
    expect(describeDueRule("QUARTERLY", rule("09:00", 92, 0))).toBe("Due on the quarter's last day at 09:00, no grace");
  });

  it("words the grace in days, hours and minutes", () => {
    const grace = (minutes: number) => describeDueRule("DAILY", rule("10:00", 1, minutes)).replace("Due 10:00, ", "");
    expect(grace(45)).toBe("45 min grace");
    expect(grace(90)).toBe("1 h 30 min grace");
    expect(grace(1500)).toBe("1 d 1 h grace");
    expect(grace(2 * 1440)).toBe("2 d grace");
    expect(grace(0)).toBe("no grace");
  });
});
