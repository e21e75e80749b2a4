import net from "node:net";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ResultWriter } from "./writer.ts";

/** A TCP proxy to Postgres that can be cut and restored, standing in for a database outage. */
async function startProxy(to: URL) {
  const sockets = new Set<net.Socket>();
  let up = true;
  const server = net.createServer((client) => {
    if (!up) return client.destroy();
    const upstream = net.connect(Number(to.port), to.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("error", () => {});
      s.on("close", () => sockets.delete(s));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    cut() {
      up = false;
      for (const s of sockets) s.destroy();
    },
    restore() {
      up = true;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("result writer", () => {
  let t: TestDb;
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  let pool: pg.Pool;
  let seq: number;

  beforeAll(async () => {
    t = await createTestDb();
    const service = await t.db.service.create({ data: { slug: "w", name: "W" } });
    seq = (await t.db.check.create({ data: { serviceId: service.id, name: "c", kind: "HTTP", config: {} } })).seq;
    proxy = await startProxy(new URL(t.url));
    const url = new URL(t.url);
    url.port = String(proxy.port);
    pool = new pg.Pool({ connectionString: url.toString(), max: 2, connectionTimeoutMillis: 500 });
    pool.on("error", () => {});
  });
  afterAll(async () => {
    await pool.end();
    await proxy.close();
    await t.drop();
  });

  const count = async () =>
    Number((await t.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "CheckResult"`)[0]?.n);
  const state = (n: number) => ({
    checkSeq: seq,
    state: "UP",
    health: "UP",
    stateSinceMs: 0,
    consecutiveFailures: 0,
    lastCheckedAtMs: n,
    lastLatencyMs: 5,
    lastMessage: null,
  });

  it("buffers while the database is unreachable and catches up when it is back, keeping at most the cap", async () => {
    const writer = new ResultWriter(pool, { flushMs: 100, maxBuffered: 50, maxBackoffMs: 400 });
    writer.start();
    const base = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 10; i++)
      writer.add(
        { checkSeq: seq, atMs: base + i * 1000, latencyMs: 5, status: "UP", message: null },
        state(base + i * 1000),
        null,
      );
    await sleep(400);
    expect(await count()).toBe(10);

    proxy.cut();
    for (let i = 10; i < 80; i++)
      writer.add(
        { checkSeq: seq, atMs: base + i * 1000, latencyMs: 5, status: "DOWN", message: "x" },
        state(base + i * 1000),
        null,
      );
    await sleep(800);
    expect(writer.stats.failedFlushes).toBeGreaterThan(0);
    expect(writer.buffered).toBe(50);
    expect(writer.stats.dropped).toBe(20);

    proxy.restore();
    await sleep(1_200);
    expect(writer.buffered).toBe(0);
    expect(await count()).toBe(60);
    const row = await t.db.check.findFirstOrThrow({ where: { seq } });
    expect(row.lastCheckedAt?.getTime()).toBe(base + 79_000);
    const rollup = await t.db.checkRollup.findFirstOrThrow({ where: { checkSeq: seq, period: "HOUR" } });
    expect(rollup).toMatchObject({ count: 60, upCount: 10 });
    expect(await writer.stop()).toBe(true);
  });
});
