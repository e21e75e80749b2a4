import { describe, expect, it } from "vitest";
import { type ProbeOutcome, nextState, type StateInput } from "./state.ts";

/** Feed results through nextState from a fresh check; returns the states and events. */
function run(results: ProbeOutcome[], opts: { downAfter?: number; maintenance?: boolean[] } = {}) {
  let s: Pick<StateInput, "prev" | "prevHealth" | "consecutiveFailures"> = {
    prev: "UNKNOWN",
    prevHealth: "UNKNOWN",
    consecutiveFailures: 0,
  };
  return results.map((result, i) => {
    const out = nextState({
      ...s,
      result,
      downAfter: opts.downAfter ?? 2,
      inMaintenance: opts.maintenance?.[i] ?? false,
    });
    s = { prev: out.state, prevHealth: out.health, consecutiveFailures: out.consecutiveFailures };
    return out;
  });
}

describe("nextState", () => {
  it("turns DOWN only after downAfter consecutive failures and UP after one success", () => {
    const out = run(["UP", "DOWN", "DOWN", "DOWN", "UP"]);
    expect(out.map((o) => o.state)).toEqual(["UP", "UP", "DOWN", "DOWN", "UP"]);
    expect(out.map((o) => o.consecutiveFailures)).toEqual([0, 1, 2, 3, 0]);
    expect(out.map((o) => o.changed)).toEqual([true, false, true, false, true]);
  });

  it("records every flap as an event", () => {
    const out = run(["UP", "DOWN", "UP", "DOWN", "DOWN", "UP"], { downAfter: 1 });
    expect(out.filter((o) => o.event).map((o) => `${o.event?.from}>${o.event?.to}`)).toEqual([
      "UNKNOWN>UP",
      "UP>DOWN",
      "DOWN>UP",
      "UP>DOWN",
      "DOWN>UP",
    ]);
  });

  it("shows DEGRADED as such and does not count it as a failure", () => {
    const out = run(["DOWN", "DEGRADED", "DOWN", "UP"]);
    expect(out.map((o) => o.state)).toEqual(["UNKNOWN", "DEGRADED", "DEGRADED", "UP"]);
    expect(out[2]?.consecutiveFailures).toBe(1);
  });

  it("shows UNKNOWN for a result that measured nothing, counting it neither as a failure nor a success", () => {
    const first = run(["UNKNOWN", "UNKNOWN", "UP"]);
    expect(first.map((o) => o.state)).toEqual(["UNKNOWN", "UNKNOWN", "UP"]);
    expect(first.map((o) => o.event && `${o.event.from}>${o.event.to}`)).toEqual([null, null, "UNKNOWN>UP"]);
    const overdue = run(["UNKNOWN", "DOWN", "UNKNOWN", "DOWN"]);
    expect(overdue.map((o) => o.state)).toEqual(["UNKNOWN", "UNKNOWN", "UNKNOWN", "DOWN"]);
    expect(overdue.map((o) => o.consecutiveFailures)).toEqual([0, 1, 1, 2]);
  });

  it("treats downAfter below 1 as 1", () => {
    expect(run(["DOWN"], { downAfter: 0 })[0]?.state).toBe("DOWN");
  });

  it("shows MAINTENANCE, keeps the health and flags events inside the window", () => {
    const out = run(["UP", "UP", "DOWN", "DOWN", "DOWN", "UP"], {
      maintenance: [false, true, true, true, false, false],
    });
    expect(out.map((o) => o.state)).toEqual(["UP", "MAINTENANCE", "MAINTENANCE", "MAINTENANCE", "DOWN", "UP"]);
    expect(out.map((o) => o.health)).toEqual(["UP", "UP", "UP", "DOWN", "DOWN", "UP"]);
    expect(out.map((o) => o.event)).toEqual([
      { from: "UNKNOWN", to: "UP", duringMaintenance: false },
      { from: "UP", to: "MAINTENANCE", duringMaintenance: true },
      null,
      { from: "UP", to: "DOWN", duringMaintenance: true },
      { from: "MAINTENANCE", to: "DOWN", duringMaintenance: false },
      { from: "DOWN", to: "UP", duringMaintenance: false },
    ]);
  });

  it("starts from UNKNOWN after a pause while failures are below the threshold", () => {
    const out = nextState({
      prev: "PAUSED",
      prevHealth: "PAUSED",
      consecutiveFailures: 0,
      result: "DOWN",
      downAfter: 2,
      inMaintenance: false,
    });
    expect(out).toMatchObject({ state: "UNKNOWN", event: { from: "PAUSED", to: "UNKNOWN" } });
  });
});
