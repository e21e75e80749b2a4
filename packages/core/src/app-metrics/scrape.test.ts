import http from "node:http";
import type { AddressInfo } from "node:net";
import { startPrometheusServer } from "@opsdeck/integrations/testing/prometheus-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "../errors.ts";
import { labelsKey } from "../metric/labels.ts";
import { createService } from "../service/create.ts";
import { ctxOf, type RoleSuite, roleSuite } from "../testing.ts";
import { getAppMetrics } from "./get.ts";
import { removeAppMetricsEndpoint } from "./remove.ts";
import { scrapeAppMetrics } from "./scrape.ts";
import { APP_SERIES } from "./series.ts";
import { setAppMetricsEndpoint } from "./set.ts";

const key = Buffer.alloc(32, 7);
const deps = { intervalSeconds: 15, secretKey: key, timeoutMs: 2_000 };

describe("the app-metrics scraper", () => {
  let s: RoleSuite;
  let app: Awaited<ReturnType<typeof startPrometheusServer>>;
  const t0 = new Date(Date.now() - 30 * 60_000);
  const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
  const last = async (name: string, service = "shop") =>
    (await s.t.db.metricSeries.findUnique({ where: { name_labelsKey: { name, labelsKey: labelsKey({ service }) } } }))
      ?.lastValue;
  const problems = async (slug = "shop") =>
    (await getAppMetrics({ db: s.t.db, ctx: ctxOf(s.viewer), input: { serviceSlug: slug } })).endpoint?.problems;

  beforeAll(async () => {
    s = await roleSuite();
    app = await startPrometheusServer();
    await createService({ db: s.t.db, ctx: ctxOf(s.admin), input: { name: "Shop", slug: "shop" } });
  });
  afterAll(async () => {
    await app.close();
    await s.t.drop();
  });

  it("refuses a viewer, and an endpoint with a bad URL; audits the setting", async () => {
    const input = { serviceSlug: "shop", url: app.url };
    await expect(setAppMetricsEndpoint({ db: s.t.db, ctx: ctxOf(s.viewer), input })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      setAppMetricsEndpoint({ db: s.t.db, ctx: ctxOf(s.responder), input: { ...input, url: "ftp://x/metrics" } }),
    ).rejects.toMatchObject({ fieldErrors: { url: ["Use an http:// or https:// URL"] } });
    const dto = await setAppMetricsEndpoint({ db: s.t.db, ctx: ctxOf(s.responder), input });
    expect(dto).toMatchObject({ url: app.url, hasToken: false, requestMetric: "http_requests_total", problems: [] });
    const audit = await s.t.db.auditLog.findFirst({ where: { action: "service.app_metrics.create" } });
    expect(audit?.after).toMatchObject({ url: app.url, bearer: "none" });
  });

  it("writes request rate, 5xx percent and latency percentiles between two scrapes", async () => {
    for (let i = 0; i < 90; i++) app.metrics.observe("/", 200, 0.02);
    for (let i = 0; i < 10; i++) app.metrics.observe("/cart", 500, 0.3, "POST");
    expect(await scrapeAppMetrics({ db: s.t.db, deps, now: at(0) })).toEqual({ scraped: ["shop"], failed: [] });
    expect(await last(APP_SERIES.requestRate)).toBeUndefined();
    for (let i = 0; i < 120; i++) app.metrics.observe("/", 200, 0.02);
    for (let i = 0; i < 30; i++) app.metrics.observe("/cart", 503, 0.3, "POST");
    expect(await scrapeAppMetrics({ db: s.t.db, deps, now: at(15) })).toEqual({ scraped: ["shop"], failed: [] });
    expect(await last(APP_SERIES.requestRate)).toBeCloseTo(150 / 15);
    expect(await last(APP_SERIES.errorRate)).toBeCloseTo(20);
    expect(await last(APP_SERIES.latencyP50)).toBeCloseTo(10 + 15 * (75 / 120), 5);
    expect(await last(APP_SERIES.latencyP99)).toBeCloseTo(250 + 250 * ((148.5 - 120) / 30), 5);
    const read = await getAppMetrics({ db: s.t.db, ctx: ctxOf(s.viewer), input: { serviceSlug: "shop", range: "1h" } });
    expect(read.latency.map((l) => l.label)).toEqual(["p50", "p95", "p99"]);
    expect(read.requestRate?.points.some((p) => p.value !== null)).toBe(true);
  });

  it("scrapes an endpoint once per interval however many workers ask", async () => {
    const [a, b] = await Promise.all([
      scrapeAppMetrics({ db: s.t.db, deps, now: at(30) }),
      scrapeAppMetrics({ db: s.t.db, deps, now: at(30) }),
    ]);
    expect([...a.scraped, ...b.scraped]).toEqual(["shop"]);
    expect(await scrapeAppMetrics({ db: s.t.db, deps, now: at(35) })).toEqual({ scraped: [], failed: [] });
  });

  it("counts from zero when the app restarted (its counters reset)", async () => {
    app.metrics.reset();
    for (let i = 0; i < 45; i++) app.metrics.observe("/", 200, 0.02);
    await scrapeAppMetrics({ db: s.t.db, deps, now: at(45) });
    expect(await last(APP_SERIES.requestRate)).toBeCloseTo(45 / 15);
    expect(await last(APP_SERIES.errorRate)).toBe(0);
  });

  it("records each fault as the service's specific problem, and keeps scraping", async () => {
    const cases = [
      ["error-500", "HTTP_STATUS", "answered HTTP 500 instead of metrics"],
      ["malformed", "MALFORMED", "not in the Prometheus text format"],
      ["html", "MALFORMED", '"<html>login</html>" is not a metric'],
    ] as const;
    let t = 60;
    for (const [mode, code, words] of cases) {
      app.setMode(mode);
      expect(await scrapeAppMetrics({ db: s.t.db, deps, now: at(t) })).toEqual({ scraped: [], failed: ["shop"] });
      expect(await problems()).toEqual([{ code, message: expect.stringContaining(words) }]);
      t += 15;
    }
    app.setMode("no-histogram");
    app.metrics.observe("/", 200, 0.02);
    expect(await scrapeAppMetrics({ db: s.t.db, deps, now: at(t) })).toEqual({ scraped: [], failed: ["shop"] });
    expect((await problems())?.map((p) => p.code)).toEqual(["MISSING_HISTOGRAM"]);
    expect(await last(APP_SERIES.requestRate)).toBeCloseTo(1 / (t - 45));
    app.setMode("ok");
    expect(await scrapeAppMetrics({ db: s.t.db, deps, now: at(t + 15) })).toEqual({ scraped: ["shop"], failed: [] });
    expect(await problems()).toEqual([]);
  });

  it("names an unreachable endpoint and a timeout", async () => {
    const gone = await startPrometheusServer();
    await gone.close();
    await createService({ db: s.t.db, ctx: ctxOf(s.admin), input: { name: "Gone", slug: "gone" } });
    await setAppMetricsEndpoint({ db: s.t.db, ctx: ctxOf(s.responder), input: { serviceSlug: "gone", url: gone.url } });
    await scrapeAppMetrics({ db: s.t.db, deps, now: at(200) });
    expect(await problems("gone")).toEqual([
      {
        code: "UNREACHABLE",
        message: expect.stringMatching(/^Could not reach http:\/\/127\.0\.0\.1:\d+\/metrics \(ECONNREFUSED/),
      },
    ]);
    const silent = http.createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/metrics`;
      await setAppMetricsEndpoint({ db: s.t.db, ctx: ctxOf(s.responder), input: { serviceSlug: "gone", url } });
      await scrapeAppMetrics({ db: s.t.db, deps: { ...deps, timeoutMs: 300 }, now: at(215) });
      expect(await problems("gone")).toEqual([{ code: "TIMEOUT", message: `${url} did not answer within 300 ms` }]);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
    await removeAppMetricsEndpoint({ db: s.t.db, ctx: ctxOf(s.responder), input: { serviceSlug: "gone" } });
    expect(await s.t.db.auditLog.count({ where: { action: "service.app_metrics.delete" } })).toBe(1);
  });

  it("sends the bearer token sealed with the secrets key, never shown again", async () => {
    const locked = await startPrometheusServer({ token: "s3cret-token" });
    try {
      await createService({ db: s.t.db, ctx: ctxOf(s.admin), input: { name: "Locked", slug: "locked" } });
      const input = { serviceSlug: "locked", url: locked.url };
      await setAppMetricsEndpoint({ db: s.t.db, ctx: ctxOf(s.responder), input });
      await scrapeAppMetrics({ db: s.t.db, deps, now: at(300) });
      expect((await problems("locked"))?.[0]).toMatchObject({ code: "UNAUTHORIZED" });
      const dto = await setAppMetricsEndpoint({
        db: s.t.db,
        ctx: ctxOf(s.responder),
        input: { ...input, token: "s3cret-token" },
        secretKey: key,
      });
      expect(dto).toMatchObject({ hasToken: true });
      expect(JSON.stringify(dto)).not.toContain("s3cret");
      const row = await s.t.db.appMetricsEndpoint.findFirstOrThrow({ where: { url: locked.url } });
      expect(row.tokenCiphertext).not.toContain("s3cret");
      await scrapeAppMetrics({ db: s.t.db, deps, now: at(400) });
      expect(await problems("locked")).toEqual([]);
      const audit = await s.t.db.auditLog.findFirst({ where: { action: "service.app_metrics.update" } });
      expect(JSON.stringify(audit)).not.toContain("s3cret");
    } finally {
      await locked.close();
    }
  });
});
