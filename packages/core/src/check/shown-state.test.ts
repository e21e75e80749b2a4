import { describe, expect, it } from "vitest";
import { shownState } from "./maintenance.ts";

const none = { checkIds: new Set<string>(), serviceIds: new Set<string>() };
const check = { id: "c1", serviceId: "s1", paused: false };

describe("shownState", () => {
  it("shows MAINTENANCE while a window covers the check or its service", () => {
    expect(shownState({ ...none, checkIds: new Set(["c1"]) }, { ...check, state: "DOWN", health: "DOWN" })).toBe(
      "MAINTENANCE",
    );
    expect(shownState({ ...none, serviceIds: new Set(["s1"]) }, { ...check, state: "UP", health: "UP" })).toBe(
      "MAINTENANCE",
    );
  });

  it("shows the probe's state as soon as the window ends, before the worker's next run", () => {
    expect(shownState(none, { ...check, state: "MAINTENANCE", health: "DOWN" })).toBe("DOWN");
    expect(shownState(none, { ...check, state: "UP", health: "UP" })).toBe("UP");
  });

  it("keeps a paused check PAUSED even under a window", () => {
    expect(
      shownState({ ...none, checkIds: new Set(["c1"]) }, { ...check, paused: true, state: "PAUSED", health: "UP" }),
    ).toBe("PAUSED");
  });
});
