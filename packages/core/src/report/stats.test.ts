import { describe, expect, it } from "vitest";
import { durationStats, quantile, slaCounts } from "./stats.ts";

describe("durationStats", () => {
  it("gives count, mean, median and p90, whatever the order", () => {
    expect(durationStats([40, 10, 30, 20])).toEqual({ count: 4, meanMs: 25, p50Ms: 25, p90Ms: 37 });
    expect(durationStats([7])).toEqual({ count: 1, meanMs: 7, p50Ms: 7, p90Ms: 7 });
  });

  it("is empty for no values", () => {
    expect(durationStats([])).toEqual({ count: 0, meanMs: null, p50Ms: null, p90Ms: null });
  });

  it("interpolates between neighbours", () => {
    const values = Array.from({ length: 11 }, (_, i) => i * 10);
    expect(quantile(values, 0.5)).toBe(50);
    expect(quantile(values, 0.9)).toBe(90);
    expect(quantile([1, 2], 0.9)).toBeCloseTo(1.9);
  });
});

describe("slaCounts", () => {
  it("rates breaches among the decided, leaving pending ones out", () => {
    expect(slaCounts(["met", "breached", "pending", "met"])).toEqual({
      met: 2,
      breached: 1,
      pending: 1,
      breachRate: 1 / 3,
    });
    expect(slaCounts(["pending"])).toEqual({ met: 0, breached: 0, pending: 1, breachRate: null });
  });
});
