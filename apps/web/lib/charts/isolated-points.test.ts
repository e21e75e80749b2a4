import { describe, expect, it } from "vitest";
import { isIsolated } from "./isolated-points.ts";

describe("isIsolated", () => {
  it("marks a value whose neighbours are both missing, at the edges too", () => {
    const values = [5, null, 7, null, null, 3];
    expect(values.map((_, i) => isIsolated(values, i))).toEqual([true, false, true, false, false, true]);
    expect(isIsolated([42], 0)).toBe(true);
  });

  it("leaves values on a line and missing values alone", () => {
    const values = [null, 1, 2, null, 3, 4, 5];
    expect(values.map((_, i) => isIsolated(values, i))).toEqual(Array(values.length).fill(false));
    expect(isIsolated([], 0)).toBe(false);
  });
});
