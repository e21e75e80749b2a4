import { startPrometheusServer } from "@opsdeck/integrations/testing/prometheus-server";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startWorker, stopWorkers, until } from "./worker-process.testing.ts";

afterEach(stopWorkers, 30_000);

/** A service's Prometheus endpoint scraped by real worker processes into app.* series. */
describe("worker: app metrics", () => {
  let t: TestDb;
  let app: Awaited<ReturnType<typeof startPrometheusServer>>;
  beforeAll(async () => {
    t = await createTestDb();
    app = await startPrometheusServer();
  });
  afterAll(async () => {
    await app.close();
    await t?.drop();
  });

  it("two workers scrape each endpoint once per interval and write its rates and latency", async () => {
    const service = await t.db.service.create({ data: { slug: "shop", name: "Shop" } });
    await t.db.appMetricsEndpoint.create({ data: { serviceId: service.id, url: app.url } });
    // 40 requests a second, one in ten a 500, each 20 ms.
    const traffic = setInterval(() => {
      for (let i = 0; i < 4; i++) app.metrics.observe("/", i === 0 && Math.random() < 0.25 ? 500 : 200, 0.02);
    }, 100);
    try {
      const env = (id: string) => ({
        DATABASE_URL: t.url,
        WORKER_ID: id,
        WORKER_HEARTBEAT_SECONDS: "1",
        WORKER_APP_METRICS_SECONDS: "5",
      });
      const a = startWorker(env("app-a"));
      startWorker(env("app-b"));
      const series = (name: string) =>
        t.db.metricSeries.findFirst({
          where: { name, labels: { equals: { service: "shop" } } },
          include: { points: true },
        });
      const rate = await until("the request rate to be written", () => series("app.request_rate"), a, 30_000);
      expect(rate.points).toHaveLength(1);
      expect(rate.points[0]?.value).toBeGreaterThan(20);
      expect(rate.points[0]?.value).toBeLessThan(45);
      const p50 = await series("app.latency_p50");
      expect(p50?.points[0]?.value).toBeGreaterThan(10);
      expect(p50?.points[0]?.value).toBeLessThanOrEqual(25);
      expect(await series("app.error_rate")).toBeTruthy();
      const endpoint = await t.db.appMetricsEndpoint.findUniqueOrThrow({ where: { serviceId: service.id } });
      expect(endpoint.problems).toEqual([]);
    } finally {
      clearInterval(traffic);
    }
  }, 60_000);
});
