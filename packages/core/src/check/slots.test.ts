import { describe, expect, it } from "vitest";
import { nextSlot, slotPhase } from "./slots.ts";

describe("nextSlot", () => {
  it("returns the first slot strictly after now, on the check's phase", () => {
    const interval = 20_000;
    const phase = slotPhase(7, interval);
    const t = 1_700_000_000_000;
    const s = nextSlot(7, interval, t);
    expect(s).toBeGreaterThan(t);
    expect(s - t).toBeLessThanOrEqual(interval);
    expect((s - phase) % interval).toBe(0);
    expect(nextSlot(7, interval, s)).toBe(s + interval);
    expect(nextSlot(7, interval, s - 1)).toBe(s);
  });

  it("is the same schedule whoever computes it and from whenever", () => {
    const a = nextSlot(42, 10_000, 1_000_000_123);
    const b = nextSlot(42, 10_000, a - 9_999);
    expect(b).toBe(a);
  });

  it("spreads 2,000 checks at 20 s so that no 100 ms window holds more than ~2x the average", () => {
    const interval = 20_000;
    const perWindow = new Array(200).fill(0);
    for (let seq = 1; seq <= 2000; seq++) perWindow[Math.floor(slotPhase(seq, interval) / 100)]++;
    expect(Math.max(...perWindow)).toBeLessThanOrEqual(20);
    expect(Math.min(...perWindow)).toBeGreaterThanOrEqual(5);
  });
});
