import { describe, expect, it } from "vitest";
import { mergeHistTexts, parseHist } from "./health.ts";
import { HISTOGRAM_SIZE } from "./histogram.ts";

describe("histograms sent as text", () => {
  it("parses array text, empty arrays and nulls", () => {
    expect(parseHist("{1,0,3}")).toEqual([1, 0, 3]);
    expect(parseHist("{}")).toEqual([]);
    expect(parseHist(null)).toEqual([]);
  });

  it("merges histograms joined by ';' element by element", () => {
    const merged = mergeHistTexts("{1,0,3};{};{0,2}");
    expect(merged).toHaveLength(HISTOGRAM_SIZE);
    expect(merged.slice(0, 4)).toEqual([1, 2, 3, 0]);
    expect(mergeHistTexts(null)).toEqual([]);
  });
});
