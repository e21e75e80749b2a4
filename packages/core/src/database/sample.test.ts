import { withClient } from "@opsdeck/integrations/postgres/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { labelsKey } from "../metric/labels.ts";
import { ctxOf, type RoleSuite, roleSuite } from "../testing.ts";
import { getDatabaseInsights } from "./get-insights.ts";
import { pruneDatabaseInsights } from "./prune.ts";
import { sampleDatabases } from "./sample.ts";
import { PG_SERIES } from "./series.ts";
import { addPostgresCheck, type Monitored, monitoredDatabase, unreachableUrl } from "./test-fixtures.ts";

const deps = { intervalSeconds: 60, statementsEverySeconds: 300 };

describe("the Postgres insights sampler", () => {
  let s: RoleSuite;
  let shop: Monitored;
  let id: string;
  let goneId: string;
  const t0 = new Date(Date.now() - 20 * 60_000);
  const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
  beforeAll(async () => {
    s = await roleSuite();
    shop = await monitoredDatabase("smp", { extension: true });
    id = await addPostgresCheck(s.t.db, shop.url);
    goneId = await addPostgresCheck(s.t.db, unreachableUrl, "Gone database");
  });
  afterAll(async () => {
    await shop.drop();
    await s.t.drop();
  });

  const lastValue = async (name: string, labels: Record<string, string>) =>
    (await s.t.db.metricSeries.findUnique({ where: { name_labelsKey: { name, labelsKey: labelsKey(labels) } } }))
      ?.lastValue;

  it("writes each database's series, a statement snapshot and its state; records a fault", async () => {
    const r = await sampleDatabases({ db: s.t.db, deps, now: at(0) });
    expect(r).toEqual({ sampled: [id], failed: [goneId] });
    expect(await lastValue(PG_SERIES.maxConnections, { database: id })).toBe(200);
    expect(await lastValue(PG_SERIES.databaseSize, { database: id })).toBeGreaterThan(1_000_000);
    expect(await lastValue(PG_SERIES.tableSize, { database: id, table: "public.items" })).toBeGreaterThan(100_000);
    expect(await lastValue(PG_SERIES.connections, { database: id, state: "active" })).toBe(0);
    const server = (await lastValue(PG_SERIES.serverConnections, { database: id })) ?? 0;
    expect(server).toBeGreaterThan(0);
    const { slug } = await s.t.db.service.findFirstOrThrow({
      where: { checks: { some: { id: id.replace(/^check-/, "") } } },
    });
    expect(await lastValue(PG_SERIES.connectionUsage, { database: id, service: slug })).toBeCloseTo(
      (100 * server) / 200,
    );
    expect(await lastValue(PG_SERIES.blocksHit, { database: id })).toBeGreaterThan(0);
    expect(await s.t.db.pgStatementSnapshot.count({ where: { ref: id } })).toBe(1);
    const state = await s.t.db.pgInsightState.findUniqueOrThrow({ where: { ref: id } });
    expect(state).toMatchObject({
      sampledAt: at(0),
      problem: null,
      address: `127.0.0.1:${new URL(shop.url).port}/${shop.name}`,
    });
    const gone = await s.t.db.pgInsightState.findUniqueOrThrow({ where: { ref: goneId } });
    expect(gone.problem).toMatchObject({ code: "UNREACHABLE" });
    expect(await s.t.db.liveEvent.findFirst({ where: { kind: "database.sampled" } })).toMatchObject({
      payload: { ids: [id, goneId] },
    });
  });

  it("samples a database once per interval however many workers ask", async () => {
    const [a, b] = await Promise.all([
      sampleDatabases({ db: s.t.db, deps, now: at(0.5) }),
      sampleDatabases({ db: s.t.db, deps, now: at(0.5) }),
    ]);
    expect([...a.sampled, ...a.failed, ...b.sampled, ...b.failed]).toEqual([]);
    const [c, d] = await Promise.all([
      sampleDatabases({ db: s.t.db, deps, now: at(1) }),
      sampleDatabases({ db: s.t.db, deps, now: at(1) }),
    ]);
    expect([...c.sampled, ...d.sampled]).toEqual([id]);
    // The second sample has counters to compare with: the cache hit ratio between the two.
    const ratio = await lastValue(PG_SERIES.cacheHitRatio, { database: id });
    expect(ratio).toBeGreaterThan(0);
    expect(ratio).toBeLessThanOrEqual(1);
    // Statement snapshots are taken every 5 minutes, not every sample.
    expect(await s.t.db.pgStatementSnapshot.count({ where: { ref: id } })).toBe(1);
  });

  it("measures slow queries from the stored snapshot, not since the statistics' reset", async () => {
    await withClient(shop.url, (c) => c.query("SELECT pg_sleep(0.3), 'before' AS label"));
    // Five minutes on, the next sample takes a second snapshot, which counts the query above.
    await sampleDatabases({ db: s.t.db, deps, now: at(6) });
    expect(await s.t.db.pgStatementSnapshot.count({ where: { ref: id } })).toBe(2);
    await withClient(shop.url, async (c) => {
      for (let i = 0; i < 2; i++) await c.query("SELECT pg_sleep(0.2), 2 AS in_window");
    });
    // A window starting at that snapshot: only what ran since shows.
    const r = await getDatabaseInsights({
      db: s.t.db,
      ctx: ctxOf(s.viewer),
      input: { id, range: "1h" },
      deps: {},
      now: new Date(at(6).getTime() + 3_600_000),
    });
    if (!r.slowQueries.ok) throw new Error(r.slowQueries.problem.message);
    expect(r.slowQueries.data).toMatchObject({ since: at(6).toISOString(), sinceReset: false });
    const [top] = r.slowQueries.data.queries;
    expect(top).toMatchObject({ calls: 2, query: expect.stringContaining("in_window") });
    expect(top?.totalMs).toBeGreaterThanOrEqual(400);
    expect(r.slowQueries.data.queries.find((q) => q.query.includes("before"))).toBeUndefined();
    // Its charts come from the samples.
    expect(r.trends.maxConnections).toBe(200);
    // Nobody else is connected to it: the chart shows zeros rather than nothing.
    expect(r.trends.connections.map((t) => t.label)).toEqual(["active"]);
    expect(r.trends.databaseSize?.points.some((p) => (p.value ?? 0) > 0)).toBe(true);
    // One sample falls in this window: no growth to tell yet.
    expect(r.sizes.ok && r.sizes.data.databaseGrowthBytes).toBeNull();
  });

  it("forgets a database whose check was removed", async () => {
    await s.t.db.check.delete({ where: { id: goneId.replace(/^check-/, "") } });
    const r = await pruneDatabaseInsights(s.t.db, new Date());
    expect(r.databases).toBe(1);
    expect(await s.t.db.pgInsightState.findUnique({ where: { ref: goneId } })).toBeNull();
    expect(await s.t.db.pgInsightState.findUnique({ where: { ref: id } })).not.toBeNull();
  });
});
