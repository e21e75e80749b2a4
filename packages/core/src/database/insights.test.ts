import { testServerUrl, withClient } from "@opsdeck/integrations/postgres/testing";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "../errors.ts";
import { putSecret } from "../secrets/store.ts";
import { systemCtx } from "../roles.ts";
import { ctxOf, type RoleSuite, roleSuite } from "../testing.ts";
import { getDatabaseInsights } from "./get-insights.ts";
import { listDatabases } from "./list.ts";
import { listDatabasesPage } from "./page.ts";
import { databaseRef } from "./refs.ts";
import {
  addPostgresCheck,
  asRole,
  type Monitored,
  monitoredDatabase,
  plainRole,
  unreachableUrl,
} from "./test-fixtures.ts";

const KEY = Buffer.alloc(32, 7);

describe("Postgres insights of a monitored database", () => {
  let s: RoleSuite;
  let shop: Monitored;
  let bare: Monitored;
  let shopId: string;
  let holder: pg.Client;
  beforeAll(async () => {
    s = await roleSuite();
    [shop, bare] = await Promise.all([
      monitoredDatabase("ins_shop", { extension: true }),
      monitoredDatabase("ins_bare"),
    ]);
    shopId = await addPostgresCheck(s.t.db, shop.url);
    await withClient(shop.url, async (c) => {
      // A slow query, run a few times; an index nothing uses.
      for (let i = 0; i < 3; i++) await c.query("SELECT pg_sleep(0.25), count(*) FROM items WHERE owner = $1", [i]);
      await c.query("CREATE INDEX items_note_unused ON items (note)");
    });
    // A transaction left open.
    holder = new pg.Client({ connectionString: shop.url, application_name: "forgotten-tx" });
    holder.on("error", () => {});
    await holder.connect();
    await holder.query("BEGIN");
    await holder.query("UPDATE items SET note = 'held' WHERE id = 1");
    await new Promise((r) => setTimeout(r, 1_100));
  });
  afterAll(async () => {
    await holder.end().catch(() => {});
    await Promise.all([shop.drop(), bare.drop(), s.t.drop()]);
  });

  const insights = (id: string, extra: Record<string, unknown> = {}) =>
    getDatabaseInsights({
      db: s.t.db,
      ctx: ctxOf(s.viewer),
      input: { id, range: "1h", longRunningSeconds: 1, ...extra },
      deps: { secretKey: KEY },
    });

  it("shows the slow query, the unused index and the long-running transaction", async () => {
    const r = await insights(shopId);
    expect(r.server?.user).toBe("postgres");
    if (!r.slowQueries.ok) throw new Error(r.slowQueries.problem.message);
    const slow = r.slowQueries.data.queries[0];
    expect(slow?.query).toMatch(/^SELECT pg_sleep\(\$\d\), count\(\*\) FROM items WHERE owner = \$\d$/);
    expect(slow?.calls).toBe(3);
    expect(slow?.meanMs).toBeGreaterThanOrEqual(250);
    expect(r.slowQueries.data.sinceReset).toBe(true);
    expect(r.indexes.ok && r.indexes.data.unused.map((i) => i.index)).toContain("public.items_note_unused");
    if (!r.longRunning.ok) throw new Error(r.longRunning.problem.message);
    expect(r.longRunning.data.find((b) => b.application === "forgotten-tx")).toMatchObject({
      state: "idle in transaction",
      query: "UPDATE items SET note = 'held' WHERE id = 1",
    });
    expect(r.connections.ok && r.connections.data.states["idle in transaction"]).toBeGreaterThanOrEqual(1);
    expect(r.sizes.ok && r.sizes.data.tables[0]?.table).toBe("public.items");
    expect(r.vacuum.ok && r.vacuum.data.tables[0]?.table).toBe("public.items");
    expect(r.cache.ok && r.cache.data.blocksHit).toBeGreaterThan(0);
  });

  it("a longer threshold leaves the transaction out", async () => {
    const r = await insights(shopId, { longRunningSeconds: 3600 });
    expect(r.longRunning).toEqual({ ok: true, data: [] });
  });

  it("says where pg_stat_statements is missing, and the other panels still show", async () => {
    const id = await addPostgresCheck(s.t.db, bare.url, "Bare database");
    const r = await insights(id);
    expect(r.slowQueries).toMatchObject({ ok: false, problem: { code: "EXTENSION_MISSING" } });
    if (!r.slowQueries.ok) expect(r.slowQueries.problem.message).toContain("CREATE EXTENSION pg_stat_statements");
    expect(r.connections.ok && r.sizes.ok && r.indexes.ok && r.cache.ok && r.vacuum.ok).toBe(true);
  });

  it("a role without the privilege sees the problem on that panel only", async () => {
    const role = await plainRole();
    try {
      await withClient(shop.url, (c) => c.query("REVOKE ALL ON pg_stat_statements FROM PUBLIC"));
      const id = await addPostgresCheck(s.t.db, asRole(shop.url, role.role, role.password), "As a plain role");
      const r = await insights(id);
      expect(r.slowQueries).toMatchObject({ ok: false, problem: { code: "PERMISSION_DENIED" } });
      if (!r.slowQueries.ok) expect(r.slowQueries.problem.message).toContain("pg_monitor");
      expect(r.connections.ok && r.sizes.ok).toBe(true);
      // Another role's transaction shows no state to it, so it is not listed as long-running.
      expect(r.longRunning.ok && r.longRunning.data).toEqual([]);
    } finally {
      await withClient(shop.url, (c) => c.query("GRANT SELECT ON pg_stat_statements TO PUBLIC"));
      await role.drop().catch(() => {});
    }
  });

  it("an unreachable database puts its problem on every live panel and still answers", async () => {
    const id = await addPostgresCheck(s.t.db, unreachableUrl, "Gone database");
    const r = await insights(id);
    for (const panel of [r.connections, r.longRunning, r.slowQueries, r.sizes, r.indexes, r.cache, r.vacuum])
      expect(panel).toMatchObject({ ok: false, problem: { code: "UNREACHABLE" } });
    expect(r.server).toBeNull();
    expect(r.trends.connections).toEqual([]);
  });

  it("lists checks' and targets' databases; a target's secret is read with the key, or its absence said", async () => {
    const target = await s.t.db.target.create({
      data: { name: "reporting db", kind: "POSTGRES", config: { storageDir: "/tmp/x" } },
    });
    const targetId = databaseRef("target", target.id);
    const missing = await insights(targetId);
    expect(missing.connections).toMatchObject({ ok: false, problem: { code: "NO_CREDENTIAL" } });
    await putSecret({ db: s.t.db, ctx: systemCtx(), key: KEY, name: `target.${target.id}`, value: shop.url });
    expect((await insights(targetId)).connections.ok).toBe(true);
    const list = await listDatabases({ db: s.t.db, ctx: ctxOf(s.viewer) });
    expect(list.map((d) => d.id)).toEqual(expect.arrayContaining([shopId, targetId]));
    expect(list.find((d) => d.id === targetId)).toMatchObject({ name: "reporting db", source: { kind: "target" } });
    expect(JSON.stringify(list)).not.toContain("postgres:postgres");
    // The API's list: by name, a page at a time; every database once.
    const byName = [...list].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((d) => d.id);
    expect((await listDatabasesPage({ db: s.t.db, ctx: ctxOf(s.viewer) })).items.map((d) => d.id)).toEqual(byName);
    const first = await listDatabasesPage({ db: s.t.db, ctx: ctxOf(s.viewer), input: { limit: 1 } });
    expect(first.items.map((d) => d.id)).toEqual(byName.slice(0, 1));
    const rest = await listDatabasesPage({ db: s.t.db, ctx: ctxOf(s.viewer), input: { cursor: first.next ?? "" } });
    expect(rest).toEqual({ items: expect.anything(), next: null });
    expect(rest.items.map((d) => d.id)).toEqual(byName.slice(1));
    await expect(listDatabasesPage({ db: s.t.db, ctx: ctxOf(s.viewer), input: { cursor: "x" } })).rejects.toMatchObject(
      {
        fieldErrors: { cursor: expect.any(Array) },
      },
    );
  });

  it("an unknown or malformed id is not found", async () => {
    await expect(insights("check-nope")).rejects.toBeInstanceOf(NotFoundError);
    await expect(insights("drop table")).rejects.toMatchObject({ fieldErrors: { id: expect.any(Array) } });
    expect(testServerUrl()).toBeTruthy();
  });
});
