import { describe, expect, it } from "vitest";
import { percentileFromHistogram } from "./histogram.ts";
import { bucketStart, foldRollups } from "./rollup.ts";

const T = Date.UTC(2026, 10, 23, 9, 41, 27, 500);

describe("rollups", () => {
  it("bucket by UTC minute, hour and day", () => {
    expect(new Date(bucketStart("MINUTE", T)).toISOString()).toBe("2026-11-23T09:41:00.000Z");
    expect(new Date(bucketStart("HOUR", T)).toISOString()).toBe("2026-11-23T09:00:00.000Z");
    expect(new Date(bucketStart("DAY", T)).toISOString()).toBe("2026-11-23T00:00:00.000Z");
  });

  it("fold a batch into one delta per check, period and bucket", () => {
    const deltas = foldRollups([
      { checkSeq: 1, atMs: T, status: "UP", latencyMs: 10 },
      { checkSeq: 1, atMs: T + 20_000, status: "DEGRADED", latencyMs: 900 },
      { checkSeq: 1, atMs: T + 40_000, status: "DOWN", latencyMs: 10_000 },
      { checkSeq: 2, atMs: T, status: "DOWN", latencyMs: 5 },
    ]);
    expect(deltas).toHaveLength(4 + 3);
    const minute = deltas.filter((d) => d.checkSeq === 1 && d.period === "MINUTE");
    expect(minute.map((d) => d.count)).toEqual([2, 1]);
    const hour = deltas.find((d) => d.checkSeq === 1 && d.period === "HOUR");
    expect(hour).toMatchObject({
      count: 3,
      upCount: 1,
      degradedCount: 1,
      latencyMin: 10,
      latencyMax: 900,
      latencySum: 910,
    });
    expect(hour?.hist.reduce((a, b) => a + b, 0)).toBe(2);
    expect(percentileFromHistogram(hour?.hist ?? [], 1)).toBeGreaterThan(700);
    const allDown = deltas.find((d) => d.checkSeq === 2 && d.period === "DAY");
    expect(allDown).toMatchObject({ count: 1, upCount: 0, latencyMin: null, latencySum: 0 });
  });
});
