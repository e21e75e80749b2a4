import { describe, expect, it } from "vitest";
import { applyBuckets, type BucketTotals, type StoredTileHistory } from "./tile-history-apply.ts";
import { applyHistoryPatch, historyChange, type TileHistoryPatch } from "./tile-history-patch.ts";
import { storedHistoryAt } from "./tile-patches.ts";

const M = 60_000;
const H = 60 * M;
const T0 = Date.parse("2026-12-02T09:20:07.000Z");

/** A small deterministic generator, so each run checks the same cases. */
function random(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
    return x / 2 ** 31;
  };
}

/** The rollup buckets one result at `atMs` leaves (minute and hour), from running totals per bucket. */
function resultBuckets(totals: Map<string, BucketTotals>, atMs: number, up: boolean, latency: number) {
  const out: BucketTotals[] = [];
  for (const [period, size] of [
    ["MINUTE", M],
    ["HOUR", H],
  ] as const) {
    const start = atMs - (atMs % size);
    const key = `${period}${start}`;
    const b = totals.get(key) ?? {
      period,
      bucketStartMs: start,
      count: 0,
      upCount: 0,
      degradedCount: 0,
      latencySum: 0,
    };
    const next = {
      ...b,
      count: b.count + 1,
      upCount: b.upCount + (up ? 1 : 0),
      latencySum: b.latencySum + (up ? latency : 0),
    };
    totals.set(key, next);
    out.push(next);
  }
  return out;
}

const shown = (h: TileHistoryPatch) => ({ historyAt: h.historyAt, uptimeBar: h.uptimeBar, sparkline: h.sparkline });

describe("tile history changes", () => {
  it("rebuild exactly what a whole read gives, flush after flush, as results come and minutes and hours pass", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const rnd = random(seed);
      const totals = new Map<string, BucketTotals>();
      let stored: StoredTileHistory | null = null;
      let now = T0;
      // The client's tile: first a whole read, then only the changes a stream sends.
      let sent = storedHistoryAt(
        "c",
        { sparkline: null, minuteStartMs: null, uptimeBar: null, hourStartMs: null },
        now,
      );
      let tile = shown(sent);
      for (let flush = 0; flush < 300; flush++) {
        // Mostly a result or two a second; sometimes a gap of minutes, or more than an hour.
        const gap = rnd() < 0.05 ? rnd() * 2 * H : rnd() < 0.2 ? rnd() * 5 * M : rnd() * 30_000;
        now += Math.round(gap);
        const results = Math.floor(rnd() * 3);
        const buckets: BucketTotals[] = [];
        for (let i = 0; i < results; i++)
          buckets.push(
            ...resultBuckets(totals, now - Math.floor(rnd() * 90_000), rnd() < 0.6, Math.floor(rnd() * 400)),
          );
        if (buckets.length) stored = { ...applyBuckets(stored, buckets) };
        const whole = storedHistoryAt(
          "c",
          stored ?? { sparkline: null, minuteStartMs: null, uptimeBar: null, hourStartMs: null },
          now,
        );
        const change = historyChange(sent, whole);
        tile = applyHistoryPatch(tile, change);
        sent = whole;
        expect(tile, `seed ${seed}, flush ${flush}`).toEqual(shown(whole));
      }
    }
  });

  it("carry only the points from the first that changed, and none when only time passed", () => {
    const prev: TileHistoryPatch = {
      id: "c",
      historyAt: "2026-12-02T09:20:00.000Z",
      uptimeBar: [...new Array(23).fill(1), 0.5],
      sparkline: [...new Array(59).fill(null), 30],
    };
    const sameMinute = { ...prev, uptimeBar: [...new Array(23).fill(1), 0.33333] };
    expect(historyChange(prev, sameMinute)).toEqual({ ...prev, uptimeBar: [0.33333], sparkline: [] });
    const nextMinute = {
      ...prev,
      historyAt: "2026-12-02T09:21:00.000Z",
      sparkline: [...new Array(58).fill(null), 30, null],
    };
    expect(historyChange(prev, nextMinute)).toEqual({ ...nextMinute, uptimeBar: [], sparkline: [] });
    expect(historyChange(undefined, prev)).toBe(prev);
  });

  it("leave a tile read after the patch as it is", () => {
    const tile = {
      historyAt: "2026-12-02T09:21:00.000Z",
      uptimeBar: new Array(24).fill(1),
      sparkline: new Array(60).fill(5),
    };
    const older = { historyAt: "2026-12-02T09:20:00.000Z", uptimeBar: [0], sparkline: [7] };
    expect(applyHistoryPatch(tile, older)).toBe(tile);
  });
});
