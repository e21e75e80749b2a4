import { describe, expect, it } from "vitest";
import { needsALook, startsFolded, worstHours } from "./fold.ts";

const check = (state: string, uptimeBar: (number | null)[] = []) => ({ state, uptimeBar });

describe("startsFolded", () => {
  it("folds only when the panel shows more checks than the threshold, and never an empty group", () => {
    const group = { checks: [check("UP"), check("DOWN")] };
    expect(startsFolded(group, 61, 60)).toBe(true);
    expect(startsFolded(group, 60, 60)).toBe(false);
    expect(startsFolded({ checks: [] }, 500, 60)).toBe(false);
  });
});

describe("needsALook", () => {
  it("keeps every check that is not UP, in order", () => {
    const checks = ["UP", "DOWN", "UP", "DEGRADED", "UNKNOWN", "MAINTENANCE", "PAUSED"].map((s) => check(s));
    expect(needsALook(checks).map((c) => c.state)).toEqual(["DOWN", "DEGRADED", "UNKNOWN", "MAINTENANCE", "PAUSED"]);
    expect(needsALook([check("UP")])).toEqual([]);
  });
});

describe("worstHours", () => {
  it("takes the lowest fraction per hour and null only where no check ran", () => {
    expect(worstHours({ checks: [check("UP", [1, null, 0.5]), check("UP", [0.9, null, null])] })).toEqual([0.9, null, 0.5]);
    expect(worstHours({ checks: [] })).toEqual([]);
  });
});
