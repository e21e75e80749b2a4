import { describe, expect, it } from "vitest";
import { tilesWithin } from "./first-paint";

describe("tilesWithin", () => {
  it("gives the first groups their tiles until the budget is spent", () => {
    expect(tilesWithin([["a", "b", "c"], ["d", "e"], ["f"]], 4)).toEqual([["a", "b", "c"], ["d"], []]);
  });

  it("keeps every tile when the budget covers them all", () => {
    const groups = [["a"], [], ["b", "c"]];
    expect(tilesWithin(groups, 10)).toEqual(groups);
    expect(tilesWithin(groups, Number.POSITIVE_INFINITY)).toEqual(groups);
  });

  it("shows none for a budget of zero or less", () => {
    expect(tilesWithin([["a"], ["b"]], 0)).toEqual([[], []]);
    expect(tilesWithin([["a"], ["b"]], -3)).toEqual([[], []]);
  });
});
