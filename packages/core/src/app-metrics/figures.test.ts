import { describe, expect, it } from "vitest";
import { type Counters, figuresBetween, increase, toMsFactor } from "./figures.ts";
import { histogramQuantile } from "./quantile.ts";

const INF = Number.POSITIVE_INFINITY;

describe("histogramQuantile", () => {
  it("interpolates linearly within the bucket the rank falls in", () => {
    const b = [
      [0.1, 50],
      [0.5, 90],
      [1, 100],
      [INF, 100],
    ] as const;
    expect(histogramQuantile(0.5, b)).toBeCloseTo(0.1);
    expect(histogramQuantile(0.25, b)).toBeCloseTo(0.05);
    expect(histogramQuantile(0.7, b)).toBeCloseTo(0.3);
    expect(histogramQuantile(0.95, b)).toBeCloseTo(0.75);
  });

  it("answers the highest finite bound when the rank falls in +Inf", () => {
    expect(
      histogramQuantile(0.99, [
        [0.1, 10],
        [1, 50],
        [INF, 100],
      ]),
    ).toBe(1);
  });

  it("answers null without observations, and skips empty buckets", () => {
    expect(
      histogramQuantile(0.5, [
        [0.1, 0],
        [INF, 0],
      ]),
    ).toBeNull();
    expect(histogramQuantile(0.5, [])).toBeNull();
    expect(histogramQuantile(0.5, [[INF, 4]])).toBeNull();
    expect(
      histogramQuantile(0.5, [
        [0.1, 0],
        [0.2, 0],
        [0.4, 10],
        [INF, 10],
      ]),
    ).toBeCloseTo(0.3);
  });

  it("keeps counts monotonic when a bucket went down, and sorts the bounds", () => {
    expect(
      histogramQuantile(0.5, [
        [INF, 10],
        [1, 10],
        [0.5, 12],
      ]),
    ).toBeCloseTo(0.25);
  });
});

describe("increase", () => {
  it("sums each counter's growth, from zero after a reset or for a new series", () => {
    expect(increase({ a: 10, b: 5 }, { a: 15, b: 7 })).toBe(7);
    expect(increase({ a: 100 }, { a: 4 })).toBe(4);
    expect(increase({ a: 10 }, { a: 12, c: 3 })).toBe(5);
  });
});

const at = (s: number) => new Date(Date.UTC(2026, 11, 3, 12, 0, s)).toISOString();
const counters = (s: number, ok: number, err: number, buckets: Record<string, number> | null = null): Counters => ({
  at: at(s),
  requests: { ok, err },
  errors: { err },
  buckets,
});

describe("figuresBetween", () => {
  it("computes nothing on the first scrape", () => {
    expect(figuresBetween(null, counters(0, 10, 0), 1000)).toEqual({});
  });

  it("computes the request rate, the percent of 5xx and latency percentiles in ms", () => {
    const prev = counters(0, 100, 0, { "0.1 []": 50, "0.5 []": 90, "+Inf []": 100 });
    const curr = counters(15, 220, 30, { "0.1 []": 125, "0.5 []": 225, "+Inf []": 250 });
    const f = figuresBetween(prev, curr, toMsFactor("http_request_duration_seconds"));
    expect(f.requestRate).toBeCloseTo(150 / 15);
    expect(f.errorRate).toBeCloseTo(20);
    expect(f.latencyP50).toBeCloseTo(100);
    expect(f.latencyP95).toBeCloseTo(500);
    expect(f.latencyP99).toBeCloseTo(500);
  });

  it("counts from zero after a counter reset (the app restarted)", () => {
    const f = figuresBetween(counters(0, 5000, 100), counters(10, 40, 10), 1000);
    expect(f.requestRate).toBeCloseTo(5);
    expect(f.errorRate).toBeCloseTo(20);
  });

  it("writes a zero rate but no error rate or latency over an interval without requests", () => {
    const b = { "0.1 []": 3, "+Inf []": 3 };
    const f = figuresBetween(counters(0, 3, 0, b), counters(15, 3, 0, b), 1000);
    expect(f).toEqual({ requestRate: 0 });
  });

  it("reads milliseconds histograms as they are", () => {
    expect(toMsFactor("http_server_duration_milliseconds")).toBe(1);
    expect(toMsFactor("latency_ms")).toBe(1);
    expect(toMsFactor("http_request_duration_seconds")).toBe(1000);
  });

  it("waits for a second scrape of a metric that was missing before", () => {
    const prev: Counters = { at: at(0), requests: null, errors: null, buckets: null };
    expect(figuresBetween(prev, counters(15, 10, 1, { "+Inf []": 3 }), 1000)).toEqual({});
  });
});
