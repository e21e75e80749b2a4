import { describe, expect, it } from "vitest";
import { growthOf, windowOf } from "./trends.ts";

describe("trends", () => {
  it("growth is the last sampled value minus the first, gaps ignored", () => {
    const t = (values: (number | null)[]) => ({
      label: "x",
      points: values.map((value, i) => ({ at: new Date(i * 60_000).toISOString(), value })),
    });
    expect(growthOf(t([null, 100, null, 150, 130, null]))).toBe(30);
    expect(growthOf(t([null, 100, null]))).toBeNull();
    expect(growthOf(null)).toBeNull();
  });

  it("each range has its span and step", () => {
    const now = new Date("2026-12-02T12:00:00Z");
    expect(windowOf("24h", now)).toEqual({ from: new Date("2026-12-01T12:00:00Z"), to: now, stepSeconds: 600 });
    expect(windowOf("90d", now).stepSeconds).toBe(86_400);
  });
});
