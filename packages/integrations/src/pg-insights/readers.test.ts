import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withDatabase } from "../postgres/connection.ts";
import { createDatabase, dropDatabase } from "../postgres/databases.ts";
import { testServerUrl, withClient } from "../postgres/testing.ts";
import { readLongRunning } from "./activity.ts";
import { readCache } from "./cache.ts";
import { readConnections } from "./connections.ts";
import { readIndexes } from "./indexes.ts";
import { withPgSession } from "./session.ts";
import { readSizes } from "./sizes.ts";
import { readStatementCounters, readStatementTexts } from "./statements.ts";
import { findBackend, terminateBackendPid } from "./terminate.ts";
import { readVacuum } from "./vacuum.ts";

/** Run `fn` in a session that must open; its value. */
async function session<T>(url: string, fn: Parameters<typeof withPgSession<T>>[1]): Promise<T> {
  const r = await withPgSession(url, fn);
  if (!r.ok) throw new Error(r.problem.message);
  return r.value;
}

describe("Postgres insights readers", () => {
  const name = `ins_${randomBytes(4).toString("hex")}`;
  let url: string;
  beforeAll(async () => {
    await createDatabase(testServerUrl(), name);
    url = withDatabase(testServerUrl(), name);
    await withClient(url, (c) =>
      c.query(`
        CREATE TABLE items (id int PRIMARY KEY, owner int NOT NULL, kind text NOT NULL, note text)
          WITH (autovacuum_enabled = false);
        INSERT INTO items SELECT g, g % 100, 'k' || g % 7, repeat('n', 200) FROM generate_series(1, 20000) g;
        CREATE INDEX items_owner ON items (owner);
        CREATE INDEX items_owner_kind ON items (owner, kind);
        CREATE INDEX items_kind ON items (kind);
        CREATE UNIQUE INDEX items_id_again ON items (id);
        CREATE TABLE small (id int PRIMARY KEY);
        DELETE FROM items WHERE id <= 3000;
      `),
    );
    // Use items_owner_kind once, and make the scan count visible at once.
    await withClient(url, async (c) => {
      await c.query("SET enable_seqscan = off; SET enable_bitmapscan = off");
      await c.query("SELECT count(*) FROM items WHERE owner = 5 AND kind = 'k5'");
      await c.query("SELECT pg_stat_force_next_flush()");
      await c.query("SELECT 1");
    });
  });
  afterAll(() => dropDatabase(testServerUrl(), name));

  it("counts connections by state against max_connections", async () => {
    const idle = new pg.Client({ connectionString: url });
    const busy = new pg.Client({ connectionString: url });
    await Promise.all([idle.connect(), busy.connect()]);
    const sleeping = busy.query("SELECT pg_sleep(1)");
    await new Promise((r) => setTimeout(r, 200));
    try {
      const conn = await session(url, (s) => s.read(readConnections));
      expect(conn.ok).toBe(true);
      if (!conn.ok) return;
      expect(conn.data.maxConnections).toBe(200);
      expect(conn.data.states.active).toBeGreaterThanOrEqual(1);
      expect(conn.data.states.idle).toBeGreaterThanOrEqual(1);
      expect(conn.data.serverTotal).toBeGreaterThanOrEqual(2);
    } finally {
      await sleeping;
      await Promise.all([idle.end(), busy.end()]);
    }
  });

  it("shows a long-running transaction, and terminates it", async () => {
    const holder = new pg.Client({ connectionString: url, application_name: "long-tx" });
    holder.on("error", () => {});
    await holder.connect();
    await holder.query("BEGIN");
    await holder.query("SELECT count(*) FROM items");
    await new Promise((r) => setTimeout(r, 1_200));
    const found = await session(url, async (s) => {
      const long = await s.read(readLongRunning(1));
      const short = await s.read(readLongRunning(3600));
      return { long, short };
    });
    expect(found.short).toEqual({ ok: true, data: [] });
    if (!found.long.ok) throw new Error(found.long.problem.message);
    const mine = found.long.data.find((b) => b.application === "long-tx");
    expect(mine).toMatchObject({ state: "idle in transaction", query: "SELECT count(*) FROM items" });
    expect(mine?.seconds).toBeGreaterThanOrEqual(1);
    const pid = mine?.pid ?? 0;
    const gone = await session(url, async (s) => {
      expect(await findBackend(s.client, pid)).toMatchObject({ pid, here: true, application: "long-tx" });
      expect(await terminateBackendPid(s.client, s.info, pid)).toBe(true);
      return findBackend(s.client, pid);
    });
    expect(gone).toBeNull();
    await expect(holder.query("SELECT 1")).rejects.toThrow();
  });

  it("reports unused and duplicate indexes", async () => {
    const r = await session(url, (s) => s.read(readIndexes));
    if (!r.ok) throw new Error(r.problem.message);
    const unused = r.data.unused.map((i) => i.index);
    expect(unused).toEqual(expect.arrayContaining(["public.items_owner", "public.items_kind"]));
    expect(unused).not.toContain("public.items_owner_kind");
    expect(unused).not.toContain("public.items_id_again");
    expect(unused).not.toContain("public.items_pkey");
    const dup = Object.fromEntries(r.data.duplicates.map((d) => [d.index, d.coveredBy]));
    expect(dup).toEqual({
      "public.items_owner": "public.items_owner_kind",
      "public.items_id_again": "public.items_pkey",
    });
  });

  it("reads sizes, cache ratios and dead tuples", async () => {
    const r = await session(url, async (s) => ({
      sizes: await s.read(readSizes),
      cache: await s.read(readCache),
      vacuum: await s.read(readVacuum),
    }));
    if (!r.sizes.ok || !r.cache.ok || !r.vacuum.ok) throw new Error("a reader failed");
    expect(r.sizes.data.databaseBytes).toBeGreaterThan(r.sizes.data.tables[0]?.totalBytes ?? 0);
    expect(r.sizes.data.tables.map((t) => t.table)).toEqual(["public.items", "public.small"]);
    expect(r.sizes.data.tables[0]?.indexBytes).toBeGreaterThan(0);
    expect(r.cache.data.blocksHit).toBeGreaterThan(0);
    expect(r.cache.data.tableHitRatio).toBeGreaterThan(0);
    expect(r.vacuum.data.tables[0]).toMatchObject({ table: "public.items", deadTuples: 3000, lastVacuum: null });
    expect(r.vacuum.data.deadTuples).toBe(3000);
  });

  it("says pg_stat_statements is missing until it is created, then counts a slow statement", async () => {
    const missing = await session(url, (s) => s.read(readStatementCounters));
    expect(missing).toMatchObject({ ok: false, problem: { code: "EXTENSION_MISSING" } });
    if (!missing.ok)
      expect(missing.problem.message).toContain(`CREATE EXTENSION pg_stat_statements; in database ${name}`);
    await withClient(url, (c) => c.query("CREATE EXTENSION pg_stat_statements"));
    await withClient(url, async (c) => {
      for (let i = 0; i < 3; i++) await c.query("SELECT pg_sleep(0.2), $1::int AS n", [i]);
    });
    const r = await session(url, (s) => s.read(readStatementCounters));
    if (!r.ok) throw new Error(r.problem.message);
    expect(r.data.statsReset).not.toBeNull();
    const slow = r.data.entries.find((e) => e.totalMs >= 600 && e.calls === 3);
    expect(slow).toBeDefined();
    const texts = await session(url, (s) => s.read(readStatementTexts([slow?.queryId ?? "0"])));
    expect(texts.ok && texts.data.get(slow?.queryId ?? "")).toMatch(/^SELECT pg_sleep\(\$\d\), \$\d::int AS n$/);
  });

  it("turns faults into specific problems", async () => {
    const refused = await withPgSession("postgresql://u:p@127.0.0.1:1/x", async () => 1, { timeoutMs: 2_000 });
    expect(refused).toMatchObject({ ok: false, problem: { code: "UNREACHABLE" } });
    const bad = new URL(url);
    bad.password = "wrong-password";
    const auth = await withPgSession(bad.toString(), async () => 1);
    expect(auth).toMatchObject({ ok: false, problem: { code: "AUTH_FAILED" } });
    if (!auth.ok) expect(auth.problem.message).not.toContain("wrong-password");
    const nodb = await withPgSession(withDatabase(testServerUrl(), `${name}_missing`), async () => 1);
    expect(nodb).toMatchObject({ ok: false, problem: { code: "DATABASE_MISSING" } });
    const slow = await withPgSession(url, (s) => s.read(async (c) => c.query("SELECT pg_sleep(3)")), {
      timeoutMs: 500,
    });
    expect(slow).toMatchObject({ ok: true, value: { ok: false, problem: { code: "TIMEOUT" } } });
  });
});
