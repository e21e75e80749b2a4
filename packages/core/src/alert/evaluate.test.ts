import { describe, expect, it } from "vitest";
import {
  aggregate,
  type GroupState,
  isWeekend,
  nextState,
  type Observation,
  type RuleTerms,
  summarize,
  windowValue,
} from "./evaluate.ts";

const T0 = Date.parse("2026-12-02T12:00:00Z"); // a Wednesday
const at = (s: number) => new Date(T0 + s * 1000);
const points = [
  { atMs: T0 - 30_000, value: 4 },
  { atMs: T0 - 10_000, value: 10 },
  { atMs: T0 - 20_000, value: 1 },
];
const rule: RuleTerms = { comparator: "GT", threshold: 5, forSeconds: 300 };
const seen = (value: number | null, more: Partial<Observation> = {}): Observation => ({
  value,
  silenced: false,
  offHours: false,
  ...more,
});
const OK: GroupState = { state: "OK", since: at(-3600), pendingSince: null };

/** Feed one value every 15 s from T0 and list the states reached. */
function run(values: (number | null)[], start: GroupState = OK, terms = rule, more: Partial<Observation> = {}) {
  let s = start;
  return values.map((v, i) => {
    s = nextState(s, seen(v, more), terms, at(i * 15));
    return s.state;
  });
}

describe("aggregating a window", () => {
  it("reduces the points by each aggregation, and an empty window to no data", () => {
    expect(aggregate(points, "AVG")).toBe(5);
    expect(aggregate(points, "MIN")).toBe(1);
    expect(aggregate(points, "MAX")).toBe(10);
    expect(aggregate(points, "SUM")).toBe(15);
    expect(aggregate(points, "COUNT")).toBe(3);
    expect(aggregate(points, "LAST")).toBe(10);
    for (const how of ["AVG", "MIN", "MAX", "SUM", "COUNT", "LAST"] as const) {
      expect(aggregate([], how)).toBeNull();
      expect(windowValue({ count: 0, sum: 0, min: 0, max: 0, last: 0 }, how)).toBeNull();
    }
    expect(summarize(points)).toEqual({ count: 3, sum: 15, min: 1, max: 10, last: 10 });
  });
});

describe("rule states", () => {
  it("goes PENDING when the condition holds, FIRING once it held for the duration, RESOLVED when it clears", () => {
    // 300 s at 15 s steps: PENDING from 0 s, FIRING at 300 s (the 21st evaluation).
    const states = run([...Array(21).fill(9), 2, 2]);
    expect(states.slice(0, 20).every((s) => s === "PENDING")).toBe(true);
    expect(states.slice(20)).toEqual(["FIRING", "RESOLVED", "RESOLVED"]);
  });

  it("fires at once with no duration, and compares at the threshold by its comparator", () => {
    expect(run([6], OK, { ...rule, forSeconds: 0 })).toEqual(["FIRING"]);
    expect(run([5], OK, { ...rule, forSeconds: 0 })).toEqual(["OK"]);
    expect(run([5], OK, { ...rule, comparator: "GTE", forSeconds: 0 })).toEqual(["FIRING"]);
    expect(run([0, 1], OK, { comparator: "LT", threshold: 1, forSeconds: 0 })).toEqual(["FIRING", "RESOLVED"]);
  });

  it("keeps its state through gaps in data: no data neither fires nor resolves", () => {
    const pending = run([9, null, null, 9]);
    expect(pending).toEqual(["PENDING", "PENDING", "PENDING", "PENDING"]);
    const firing: GroupState = { state: "FIRING", since: at(-600), pendingSince: at(-900) };
    expect(run([null, null], firing)).toEqual(["FIRING", "FIRING"]);
    // A gap does not reset the duration: it is measured from when the condition began to hold.
    const gap = run([9, ...Array(19).fill(null), 9]);
    expect(gap.at(-1)).toBe("FIRING");
  });

  it("starts the duration again when a flapping series clears before it", () => {
    const flapping = run(Array.from({ length: 40 }, (_, i) => (i % 10 === 9 ? 1 : 9)));
    expect(flapping).not.toContain("FIRING");
    expect(flapping.filter((s) => s === "OK")).toHaveLength(4);
    const s = nextState({ state: "RESOLVED", since: at(0), pendingSince: null }, seen(9), rule, at(15));
    expect(s).toEqual({ state: "PENDING", since: at(15), pendingSince: at(15) });
  });

  it("does not advance under maintenance, but leaves a firing rule firing", () => {
    const pending: GroupState = { state: "PENDING", since: at(-600), pendingSince: at(-600) };
    expect(run([9, 9], pending, rule, { silenced: true })).toEqual(["OK", "OK"]);
    const firing: GroupState = { state: "FIRING", since: at(-60), pendingSince: at(-400) };
    expect(run([9, 1], firing, rule, { silenced: true })).toEqual(["FIRING", "RESOLVED"]);
  });

  it("keeps every state at the weekend for a weekdays-only rule", () => {
    expect(isWeekend(new Date("2026-12-05T10:00:00Z"))).toBe(true);
    expect(isWeekend(at(0))).toBe(false);
    expect(run([9, 9], OK, { ...rule, forSeconds: 0 }, { offHours: true })).toEqual(["OK", "OK"]);
  });
});
