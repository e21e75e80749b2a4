import { describe, expect, it } from "vitest";
import { LagSamples, LagWindow, lagPercentile } from "./timers.ts";

describe("lag window", () => {
  it("counts lag per millisecond and starts afresh after each take", () => {
    const w = new LagWindow();
    for (const lag of [1, 0, 1, 2, 1, -1, 1.4]) w.add(lag);
    expect(w.take()).toEqual({ "-1": 1, "0": 1, "1": 4, "2": 1 });
    expect(w.take()).toEqual({});
  });

  it("reads the same percentiles as the raw samples, also from merged windows", () => {
    const lags = Array.from({ length: 1_000 }, (_, i) => (i * 7919) % 37);
    const samples = new LagSamples();
    const a = new LagWindow();
    const b = new LagWindow();
    lags.forEach((l, i) => {
      samples.add(l);
      (i % 2 ? a : b).add(l);
    });
    const merged: Record<string, number> = { ...a.take() };
    for (const [k, n] of Object.entries(b.take())) merged[k] = (merged[k] ?? 0) + n;
    for (const q of [0.01, 0.5, 0.99, 1]) expect(lagPercentile(merged, q)).toBe(samples.percentile(q));
    expect(lagPercentile(merged, 1)).toBe(36);
    expect(lagPercentile({}, 0.5)).toBeNull();
  });
});
