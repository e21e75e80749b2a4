import { describe, expect, it } from "vitest";
import { applyBuckets, type BucketTotals } from "./tile-history-apply.ts";

const M = 60_000;
const H = 60 * M;
const t0 = Date.parse("2026-12-02T10:00:00.000Z");
const minute = (startMs: number, upCount: number, latencySum: number, count = upCount): BucketTotals => ({
  period: "MINUTE",
  bucketStartMs: startMs,
  count,
  upCount,
  degradedCount: 0,
  latencySum,
});
const hour = (startMs: number, count: number, upCount: number): BucketTotals => ({
  period: "HOUR",
  bucketStartMs: startMs,
  count,
  upCount,
  degradedCount: 0,
  latencySum: 0,
});

describe("applyBuckets", () => {
  it("starts a new check's history from its first batch", () => {
    const h = applyBuckets(null, [minute(t0, 2, 30), hour(t0, 2, 2)]);
    expect(h.minuteStartMs).toBe(t0);
    expect(h.sparkline).toHaveLength(60);
    expect(h.sparkline.at(-1)).toBe(15);
    expect(h.sparkline.slice(0, 59).every((v) => v === null)).toBe(true);
    expect(h.uptimeBar.at(-1)).toBe(1);
  });

  it("updates the current bucket in place and shifts when a new one starts", () => {
    const first = applyBuckets(null, [minute(t0, 1, 10), hour(t0, 1, 1)]);
    const same = applyBuckets({ ...first }, [minute(t0, 3, 60), hour(t0, 3, 2)]);
    expect(same.sparkline.at(-1)).toBe(20);
    expect(same.uptimeBar.at(-1)).toBe(0.66667);
    // Two minutes later: the minute in between is unknown, the first moved two places back.
    const later = applyBuckets(same, [minute(t0 + 2 * M, 1, 50), hour(t0, 4, 3)]);
    expect(later.minuteStartMs).toBe(t0 + 2 * M);
    expect(later.sparkline.slice(-3)).toEqual([20, null, 50]);
    expect(later.uptimeBar.at(-1)).toBe(0.75);
  });

  it("lets a late batch fill an older bucket without moving the series back", () => {
    const now = applyBuckets(null, [minute(t0 + 5 * M, 1, 40)]);
    const late = applyBuckets(now, [minute(t0 + 3 * M, 1, 90)]);
    expect(late.minuteStartMs).toBe(t0 + 5 * M);
    expect(late.sparkline.slice(-3)).toEqual([90, null, 40]);
  });

  it("matches the full refresh's rules: only answered runs count for latency, null when none did", () => {
    const down = applyBuckets(null, [minute(t0, 0, 0, 2), hour(t0, 2, 0)]);
    expect(down.sparkline.at(-1)).toBeNull();
    expect(down.uptimeBar.at(-1)).toBe(0);
  });

  it("keeps a day's hourly bar aligned across hours", () => {
    const a = applyBuckets(null, [hour(t0, 10, 10)]);
    const b = applyBuckets(a, [hour(t0 + 3 * H, 5, 4)]);
    expect(b.uptimeBar.slice(-4)).toEqual([1, null, null, 0.8]);
    expect(b.hourStartMs).toBe(t0 + 3 * H);
  });
});
