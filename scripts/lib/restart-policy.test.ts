import { describe, expect, it } from "vitest";
import { DEFAULT_POLICY, decideRestart, type RestartPolicy } from "./restart-policy.ts";

const policy: RestartPolicy = { delaysMs: [100, 200, 400], fastCrashMs: 1_000, maxFastCrashes: 4 };

describe("decideRestart", () => {
  it("restarts after the first delay when a process that ran a long time dies", () => {
    expect(decideRestart([60_000], policy)).toEqual({ restart: true, delayMs: 100, fastCrashes: 0 });
  });

  it("backs off with each fast crash in a row, repeating the last delay", () => {
    expect(decideRestart([10], policy)).toEqual({ restart: true, delayMs: 100, fastCrashes: 1 });
    expect(decideRestart([10, 10], policy)).toEqual({ restart: true, delayMs: 200, fastCrashes: 2 });
    expect(decideRestart([10, 10, 10], policy)).toEqual({ restart: true, delayMs: 400, fastCrashes: 3 });
    const long = { ...policy, maxFastCrashes: 10 };
    expect(decideRestart([10, 10, 10, 10, 10], long)).toMatchObject({ restart: true, delayMs: 400 });
  });

  it("gives up after maxFastCrashes fast crashes in a row", () => {
    expect(decideRestart([10, 10, 10, 10], policy)).toEqual({ restart: false, fastCrashes: 4 });
  });

  it("counts only the fast crashes since the last long run", () => {
    expect(decideRestart([10, 10, 10, 5_000, 10], policy)).toEqual({ restart: true, delayMs: 100, fastCrashes: 1 });
    expect(decideRestart([10, 10, 10, 5_000], policy)).toEqual({ restart: true, delayMs: 100, fastCrashes: 0 });
  });

  it("by default restarts at once the first time and tolerates a few crashes before giving up", () => {
    expect(decideRestart([60_000], DEFAULT_POLICY)).toMatchObject({ restart: true, delayMs: 500 });
    expect(decideRestart([0, 0, 0, 0], DEFAULT_POLICY).restart).toBe(true);
    expect(decideRestart([0, 0, 0, 0, 0], DEFAULT_POLICY).restart).toBe(false);
  });
});
