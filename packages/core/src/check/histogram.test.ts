import { describe, expect, it } from "vitest";
import {
  addToHistogram,
  bucketIndex,
  emptyHistogram,
  HISTOGRAM_BOUNDS,
  HISTOGRAM_RELATIVE_ERROR,
  HISTOGRAM_SIZE,
  mergeHistograms,
  percentileFromHistogram,
} from "./histogram.ts";

/** Deterministic pseudo-random latencies (log-normal-ish, 2 ms … 20 s). */
function latencies(n: number, seed: number): number[] {
  let x = seed;
  return Array.from({ length: n }, () => {
    x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
    return Math.max(2, Math.round(Math.exp(1 + (x / 2 ** 31) * 8.9)));
  });
}

const exactPercentile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] as number;
};

const histogramOf = (values: number[]) => values.reduce((h, v) => addToHistogram(h, v), emptyHistogram());

describe("latency histogram", () => {
  it("has ~40 log-spaced buckets from 1 ms to 60 s with an overflow bucket", () => {
    expect(HISTOGRAM_SIZE).toBe(42);
    expect(HISTOGRAM_BOUNDS[0]).toBe(1);
    expect(HISTOGRAM_BOUNDS.at(-1)).toBeCloseTo(60_000, 6);
    expect(HISTOGRAM_RELATIVE_ERROR).toBeLessThan(0.15);
  });

  it("puts values on a boundary into the bucket that ends there", () => {
    for (let i = 1; i < HISTOGRAM_BOUNDS.length; i++) {
      const b = HISTOGRAM_BOUNDS[i] as number;
      if (Number.isInteger(b)) expect(bucketIndex(b)).toBe(i);
      expect(bucketIndex(b + 0.001)).toBe(i + 1);
    }
    expect(bucketIndex(0)).toBe(0);
    expect(bucketIndex(60_001)).toBe(HISTOGRAM_SIZE - 1);
  });

  it("reads percentiles within the bucket error", () => {
    const values = latencies(5000, 7);
    const h = histogramOf(values);
    for (const q of [0.5, 0.95, 0.99]) {
      const exact = exactPercentile(values, q);
      const est = percentileFromHistogram(h, q) as number;
      expect(Math.abs(est - exact) / exact).toBeLessThanOrEqual(HISTOGRAM_RELATIVE_ERROR + 1e-9);
    }
    expect(percentileFromHistogram(emptyHistogram(), 0.5)).toBeNull();
  });

  it("merge-then-percentile equals the percentile of the union, within the bucket error of the exact one", () => {
    const parts = [latencies(700, 1), latencies(1300, 2).map((v) => v * 2), latencies(50, 3)];
    const merged = parts.map(histogramOf).reduce(mergeHistograms);
    const union = parts.flat();
    expect(merged).toEqual(histogramOf(union));
    for (const q of [0.5, 0.95, 0.99]) {
      const exact = exactPercentile(union, q);
      const est = percentileFromHistogram(merged, q) as number;
      expect(Math.abs(est - exact) / exact).toBeLessThanOrEqual(HISTOGRAM_RELATIVE_ERROR + 1e-9);
    }
  });
});
