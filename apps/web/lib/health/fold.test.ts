import { describe, expect, it } from "vitest";
import { leaveOutHiddenSparklines, needsALook, startsFolded, worstHours } from "./fold.ts";

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

describe("leaveOutHiddenSparklines", () => {
  const tiles = (n: number, state = "UP") => ({ services: [{ checks: Array.from({ length: n }, () => ({ state, sparkline: [1, 2] })) }] });

  it("keeps a small panel whole", () => {
    const small = tiles(3);
    expect(leaveOutHiddenSparklines(small, 60)).toEqual({ tiles: small, partial: false });
  });

  it("drops the sparklines of UP checks on a crowded panel, keeping those of checks still drawn", () => {
    const crowded = { services: [...tiles(61).services, ...tiles(1, "DOWN").services] };
    const { tiles: out, partial } = leaveOutHiddenSparklines(crowded, 60);
    expect(partial).toBe(true);
    expect(out.services[0]?.checks.every((c) => c.sparkline.length === 0)).toBe(true);
    expect(out.services[1]?.checks[0]?.sparkline).toEqual([1, 2]);
  });
});
