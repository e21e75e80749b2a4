import { describe, expect, it } from "vitest";
import { alignSeries } from "./tile-history.ts";

const M = 60_000;
const end = Date.parse("2026-11-23T12:34:00Z");

describe("alignSeries", () => {
  it("keeps a series computed in the current bucket as it is", () => {
    expect(alignSeries([1, 2, 3], end, end + 59_999, M, 3)).toEqual([1, 2, 3]);
  });

  it("shifts by the buckets passed since, with unknown (null) at the end", () => {
    expect(alignSeries([1, 2, 3], end, end + 2 * M, M, 3)).toEqual([3, null, null]);
    expect(alignSeries([1, 2, 3], end, end + 3 * M, M, 3)).toEqual([null, null, null]);
  });

  it("turns malformed or missing history into unknowns", () => {
    expect(alignSeries(null, end, end, M, 2)).toEqual([null, null]);
    expect(alignSeries({ a: 1 }, end, end, M, 2)).toEqual([null, null]);
    expect(alignSeries([1, "x", null, Number.NaN], end, end, M, 4)).toEqual([1, null, null, null]);
    expect(alignSeries([1, 2], null, end, M, 2)).toEqual([null, null]);
  });

  it("aligns a series of another length by its end, and refuses one from the future", () => {
    expect(alignSeries([1, 2, 3, 4], end, end, M, 2)).toEqual([3, 4]);
    expect(alignSeries([4], end, end, M, 2)).toEqual([null, 4]);
    expect(alignSeries([1, 2], end + M, end, M, 2)).toEqual([null, null]);
  });
});
