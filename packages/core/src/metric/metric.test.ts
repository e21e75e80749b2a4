import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ValidationError } from "../errors.ts";
import { ctxOf, type RoleSuite, roleSuite } from "../testing.ts";
import { labelsKey, parseLabelFilter } from "./labels.ts";
import { listMetricSeries } from "./list.ts";
import { pruneMetrics } from "./prune.ts";
import { readMetrics } from "./query.ts";
import { planRead } from "./read.ts";
import { type MetricSample, writeMetricSamples } from "./write.ts";

const H = 3_600_000;
const NOW = new Date("2026-12-02T12:00:00Z");
const at = (msAgo: number) => new Date(NOW.getTime() - msAgo);

describe("labels", () => {
  it("keys labels whatever their order, and parses filters", () => {
    expect(labelsKey({ b: "2", a: "1" })).toBe(labelsKey({ a: "1", b: "2" }));
    expect(labelsKey({ a: "1,b=2" })).not.toBe(labelsKey({ a: "1", b: "2" }));
    expect(parseLabelFilter("database=check-x, state=idle in transaction")).toEqual({
      database: "check-x",
      state: "idle in transaction",
    });
    expect(parseLabelFilter("")).toEqual({});
    expect(parseLabelFilter("nokey")).toBeNull();
  });

  it("reads raw points under an hour's step, then hour and day rollups", () => {
    const q = (fromMsAgo: number, step: number) => ({ name: "x", from: at(fromMsAgo), to: NOW, stepSeconds: step });
    expect(planRead(q(H, 60), NOW)).toEqual({ source: "raw", stepSeconds: 60 });
    expect(planRead(q(7 * 24 * H, 60), NOW)).toEqual({ source: "HOUR", stepSeconds: 3600 });
    expect(planRead(q(24 * H, 5_400), NOW)).toEqual({ source: "HOUR", stepSeconds: 7_200 });
    expect(planRead(q(200 * 24 * H, 7_200), NOW)).toEqual({ source: "DAY", stepSeconds: 86_400 });
  });
});

describe("metric store", () => {
  let s: RoleSuite;
  beforeAll(async () => {
    s = await roleSuite();
    const samples: MetricSample[] = [];
    // Two series over the last 3 hours, one point a minute; the second's values are doubled.
    for (let m = 0; m < 180; m++) {
      const t = at(m * 60_000);
      samples.push({ name: "pg.connections", labels: { database: "a", state: "idle" }, at: t, value: m });
      samples.push({ name: "pg.connections", labels: { database: "b", state: "idle" }, at: t, value: 2 * m });
    }
    samples.push({ name: "pg.database_size", labels: { database: "a" }, at: NOW, value: 1e9, unit: "bytes" });
    samples.push({ name: "pg.database_size", labels: { database: "a" }, at: NOW, value: Number.NaN });
    const first = await writeMetricSamples(s.t.db, samples.slice(0, 100));
    const rest = await writeMetricSamples(s.t.db, samples.slice(100));
    expect(first.points + rest.points).toBe(361);
    // Written again: ignored, the rollups do not double.
    expect((await writeMetricSamples(s.t.db, samples.slice(0, 10))).points).toBe(0);
  });
  afterAll(() => s.t.drop());

  it("buckets raw points over a range, with nulls where nothing was sampled", async () => {
    const r = await readMetrics({
      db: s.t.db,
      ctx: ctxOf(s.viewer),
      input: {
        series: "pg.connections",
        labels: "database=a",
        from: at(H).toISOString(),
        to: NOW.toISOString(),
        step: 600,
      },
      now: NOW,
    });
    expect(r).toMatchObject({ source: "raw", stepSeconds: 600 });
    expect(r.series).toHaveLength(1);
    const points = r.series[0]?.points ?? [];
    expect(points).toHaveLength(7);
    // The bucket 60..50 minutes ago holds minutes 51..60 ago (the value is minutes ago).
    expect(points[0]).toMatchObject({ at: at(H).toISOString(), min: 51, max: 60, avg: 55.5, last: 51 });
    expect(points[5]).toMatchObject({ min: 1, max: 10, last: 1 });
    expect(points[6]).toMatchObject({ at: NOW.toISOString(), min: 0, max: 0 });
  });

  it("reads hour rollups for a week, merged across writes", async () => {
    const r = await readMetrics({
      db: s.t.db,
      ctx: ctxOf(s.viewer),
      input: { series: "pg.connections", from: at(7 * 24 * H).toISOString(), to: NOW.toISOString(), step: 3600 },
      now: NOW,
    });
    expect(r.source).toBe("HOUR");
    expect(r.series.map((x) => x.labels.database)).toEqual(["a", "b"]);
    const a = r.series[0]?.points.filter((p) => p.avg !== null) ?? [];
    // 09:00-10:00 holds values 120..179 (minutes ago), 10:00 and 11:00 full hours, 12:00 the point at noon.
    expect(a.map((p) => p.at.slice(11, 16))).toEqual(["09:00", "10:00", "11:00", "12:00"]);
    expect(a[0]).toMatchObject({ min: 121, max: 179, last: 121 });
    expect(a[3]).toMatchObject({ min: 0, max: 0, last: 0 });
    expect(r.series[1]?.points.find((p) => p.at === a[1]?.at)?.avg).toBe(2 * (a[1]?.avg ?? 0));
  });

  it("merges hour rollups into wider steps, keeping the latest value of each", async () => {
    const r = await readMetrics({
      db: s.t.db,
      ctx: ctxOf(s.viewer),
      input: { series: "pg.connections", from: at(7 * 24 * H).toISOString(), to: NOW.toISOString(), step: 7200 },
      now: NOW,
    });
    expect(r).toMatchObject({ source: "HOUR", stepSeconds: 7200 });
    const [a, b] = r.series.map((x) => x.points.filter((p) => p.avg !== null));
    // 08:00-10:00 holds minutes 121..179 ago, 10:00-12:00 minutes 1..120 ago (the latest 11:59, value 1).
    expect(a?.map((p) => p.at.slice(11, 16))).toEqual(["08:00", "10:00", "12:00"]);
    expect(a?.[1]).toEqual({ at: at(2 * H).toISOString(), avg: 60.5, min: 1, max: 120, last: 1 });
    expect(b?.[0]).toMatchObject({ avg: 300, min: 242, max: 358, last: 242 });
  });

  it("lists series with their last value", async () => {
    const { items: list, next } = await listMetricSeries({
      db: s.t.db,
      ctx: ctxOf(s.viewer),
      input: { prefix: "pg.", labels: "database=a" },
    });
    expect(next).toBeNull();
    expect(list).toEqual([
      expect.objectContaining({ name: "pg.connections", labels: { database: "a", state: "idle" }, lastValue: 0 }),
      expect.objectContaining({ name: "pg.database_size", unit: "bytes", lastValue: 1e9, lastAt: NOW.toISOString() }),
    ]);
  });

  it("pages the series list by name and labels with a cursor", async () => {
    const list = (input: Record<string, unknown>) =>
      listMetricSeries({ db: s.t.db, ctx: ctxOf(s.viewer), input: { prefix: "pg.", ...input } });
    const all = (await list({})).items.map((x) => [x.name, x.labels]);
    expect(all.length).toBeGreaterThan(2);
    const walked: unknown[] = [];
    let cursor: string | undefined;
    do {
      const page = await list({ limit: 2, cursor });
      expect(page.items.length).toBeLessThanOrEqual(2);
      walked.push(...page.items.map((x) => [x.name, x.labels]));
      cursor = page.next ?? undefined;
    } while (cursor);
    expect(walked).toEqual(all);
    await expect(list({ cursor: "bm90LWEtY3Vyc29y" })).rejects.toMatchObject({
      fieldErrors: { cursor: expect.any(Array) },
    });
    await expect(list({ limit: 501 })).rejects.toMatchObject({ fieldErrors: { limit: expect.any(Array) } });
  });

  it("refuses bad ranges, steps and names with field errors", async () => {
    const read = (input: Record<string, unknown>) =>
      readMetrics({ db: s.t.db, ctx: ctxOf(s.viewer), input: input as never, now: NOW });
    const fields = async (input: Record<string, unknown>) =>
      ((await read(input).catch((e) => e)) as ValidationError).fieldErrors;
    await expect(read({ series: "Bad Name", from: NOW.toISOString() })).rejects.toBeInstanceOf(ValidationError);
    expect(await fields({ series: "pg.x", from: NOW.toISOString(), to: at(H).toISOString() })).toHaveProperty("to");
    expect(await fields({ series: "pg.x", from: at(30 * 24 * H).toISOString(), step: 60 })).toHaveProperty("step");
    expect(await fields({ series: "pg.x", from: at(H).toISOString(), labels: "oops" })).toHaveProperty("labels");
    expect(await fields({ series: "pg.x", from: "yesterday" })).toHaveProperty("from");
    const byDay = await read({ series: "pg.connections", from: "2026-12-02", to: "2026-12-02T12:00:00Z", step: 3600 });
    expect(byDay.from).toBe("2026-12-02T00:00:00.000Z");
  });

  it("prunes points and rollups past retention", async () => {
    const later = new Date(NOW.getTime() + 4 * 24 * H);
    const r = await pruneMetrics(s.t.db, later);
    expect(r.points).toBe(361);
    expect(r.rollups).toBe(0);
    expect(await s.t.db.metricRollup.count()).toBeGreaterThan(0);
  });
});
