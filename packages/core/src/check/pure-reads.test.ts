import { describe, expect, it } from "vitest";
import { addToHistogram, emptyHistogram, HISTOGRAM_RELATIVE_ERROR } from "./histogram.ts";
import { GRANULARITY, latencyPoints, rangeStart } from "./latency.ts";
import { isStale, minuteSparkline, STATE_ORDER } from "./tiles.ts";
import { hourlyBar, uptimeFraction } from "./uptime.ts";

const now = Date.parse("2026-11-23T12:34:56.000Z");

describe("uptime helpers", () => {
  it("counts degraded runs as up and gives null when nothing ran", () => {
    expect(uptimeFraction({ count: 10, upCount: 7, degradedCount: 1 })).toBe(0.8);
    expect(uptimeFraction({ count: 0, upCount: 0, degradedCount: 0 })).toBeNull();
  });

  it("places hour rollups in a 24-slot bar ending with the current hour", () => {
    const hour = Date.parse("2026-11-23T12:00:00.000Z");
    const bar = hourlyBar(
      [
        { bucketStartMs: hour, count: 4, upCount: 3, degradedCount: 0 },
        { bucketStartMs: hour - 23 * 3_600_000, count: 1, upCount: 1, degradedCount: 0 },
        { bucketStartMs: hour - 24 * 3_600_000, count: 1, upCount: 0, degradedCount: 0 },
      ],
      now,
    );
    expect(bar).toHaveLength(24);
    expect(bar[23]).toBe(0.75);
    expect(bar[0]).toBe(1);
    expect(bar.filter((v) => v === null)).toHaveLength(22);
  });
});

describe("latency helpers", () => {
  it("keeps every range at or under 200 points with the right rollup period", () => {
    for (const [range, g] of Object.entries(GRANULARITY)) {
      expect(g.rangeMs / g.bucketMs, range).toBeLessThanOrEqual(200);
      expect(g.period).toBe(g.rangeMs <= 86_400_000 ? "MINUTE" : g.rangeMs <= 30 * 86_400_000 ? "HOUR" : "DAY");
    }
  });

  it("merges rollup rows into points with percentiles from merged histograms", () => {
    const g = GRANULARITY["24h"];
    const from = rangeStart(g, now);
    const fast = emptyHistogram();
    for (let i = 0; i < 90; i++) addToHistogram(fast, 100);
    const slow = emptyHistogram();
    for (let i = 0; i < 10; i++) addToHistogram(slow, 2000);
    const rows = [
      { bucketStartMs: from, count: 90, upCount: 90, degradedCount: 0, latencySum: 9000, hist: fast },
      { bucketStartMs: from + 60_000, count: 12, upCount: 0, degradedCount: 10, latencySum: 20_000, hist: slow },
    ];
    const points = latencyPoints(rows, g, now);
    expect(points).toHaveLength(144);
    expect(points[143]?.at).toBe("2026-11-23T12:30:00.000Z");
    const p = points[0];
    expect(p).toMatchObject({ at: new Date(from).toISOString(), count: 102, avgMs: 290 });
    expect(Math.abs((p?.p50Ms ?? 0) - 100) / 100).toBeLessThanOrEqual(HISTOGRAM_RELATIVE_ERROR);
    expect(Math.abs((p?.p95Ms ?? 0) - 2000) / 2000).toBeLessThanOrEqual(HISTOGRAM_RELATIVE_ERROR);
    expect(points[1]).toMatchObject({ count: 0, avgMs: null, p99Ms: null });
  });
});

describe("tile helpers", () => {
  it("orders states worst first", () => {
    expect(STATE_ORDER).toEqual(["DOWN", "DEGRADED", "UNKNOWN", "MAINTENANCE", "PAUSED", "UP"]);
  });

  it("calls a check stale after 2 × interval + 30 s without a result, never when paused", () => {
    const base = { paused: false, intervalSeconds: 60, createdAt: new Date(now - 3_600_000) };
    expect(isStale({ ...base, lastCheckedAt: new Date(now - 150_000) }, now)).toBe(false);
    expect(isStale({ ...base, lastCheckedAt: new Date(now - 151_000) }, now)).toBe(true);
    expect(isStale({ ...base, paused: true, lastCheckedAt: null }, now)).toBe(false);
  });

  it("calls every unpaused check stale while no worker is running", () => {
    const base = {
      paused: false,
      intervalSeconds: 60,
      createdAt: new Date(now - 3_600_000),
      lastCheckedAt: new Date(now),
    };
    expect(isStale(base, now, false)).toBe(true);
    expect(isStale({ ...base, paused: true }, now, false)).toBe(false);
  });

  it("averages latency per minute over the last hour", () => {
    const minute = now - (now % 60_000);
    const line = minuteSparkline(
      [
        { bucketStartMs: minute, okCount: 4, latencySum: 400 },
        { bucketStartMs: minute - 60_000, okCount: 0, latencySum: 0 },
      ],
      now,
    );
    expect(line).toHaveLength(60);
    expect(line[59]).toBe(100);
    expect(line[58]).toBeNull();
  });
});
