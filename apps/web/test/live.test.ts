import { createCheck } from "@opsdeck/core/check/create";
import { publishLive } from "@opsdeck/core/live/publish";
import { createService } from "@opsdeck/core/service/create";
import { ctxOf, makeUser, type TestUser } from "@opsdeck/core/testing";
import { createApiToken } from "@opsdeck/core/token/create";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startAppServer } from "./fuzz/app-server.ts";
import { openStalledSocket, openStream } from "./live/stream-client.ts";

/** Two web processes on one database, as behind a load balancer; no worker: the test writes what a worker would. */
describe("live events across two web processes", () => {
  let t: TestDb;
  let a: AppServer;
  let b: AppServer;
  let admin: TestUser;
  let viewer: TestUser;
  const tokens = { admin: "", viewer: "" };
  let checkId: string;
  let dbName: string;

  const stateChange = (state: "UP" | "DOWN", message: string) =>
    t.db.$transaction(async (tx) => {
      await tx.check.update({
        where: { id: checkId },
        data: { state, health: state, lastMessage: message, stateSince: new Date() },
      });
      await publishLive(tx, "check.state", { ids: [checkId] });
    });

  /** A database that refuses connections and has dropped every open one: as good as killed, for this database only. */
  async function databaseDown(ms: number) {
    const admin = new pg.Client({ connectionString: t.url.replace(/\/[^/?]+(\?|$)/, "/postgres$1") });
    await admin.connect();
    try {
      await admin.query(`ALTER DATABASE "${dbName}" ALLOW_CONNECTIONS false`);
      await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
        [dbName],
      );
      await new Promise((r) => setTimeout(r, ms));
      await admin.query(`ALTER DATABASE "${dbName}" ALLOW_CONNECTIONS true`);
    } finally {
      await admin.end();
    }
  }

  beforeAll(async () => {
    t = await createTestDb();
    dbName = new URL(t.url).pathname.slice(1);
    admin = await makeUser(t.db, { role: "ADMIN" });
    viewer = await makeUser(t.db, { role: "VIEWER" });
    tokens.admin = (await createApiToken({ db: t.db, ctx: ctxOf(admin), input: { name: "live admin" } })).token;
    tokens.viewer = (await createApiToken({ db: t.db, ctx: ctxOf(viewer), input: { name: "live viewer" } })).token;
    const service = await createService({ db: t.db, ctx: ctxOf(admin), input: { name: "Payments" } });
    checkId = (
      await createCheck({
        db: t.db,
        ctx: ctxOf(admin),
        input: { serviceId: service.id, name: "API", kind: "HTTP", config: { url: "http://127.0.0.1:9/" } },
      })
    ).check.id;
    [a, b] = await Promise.all([startAppServer(t.url), startAppServer(t.url)]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await t?.drop();
  });

  it("a change committed once reaches the clients of both processes; a VIEWER gets only what it may read", async () => {
    const onA = await openStream(a.base, tokens.viewer);
    const onB = await openStream(b.base, tokens.admin);
    await Promise.all([onA.next("hello"), onB.next("hello")]);
    await stateChange("DOWN", "HTTP 503");
    for (const c of [onA, onB]) {
      const tiles = await c.next("tiles", 3_000);
      expect(tiles.data.states).toEqual([
        expect.objectContaining({ id: checkId, state: "DOWN", lastMessage: "HTTP 503" }),
      ]);
    }
    // An edit through the API of process A: both processes' clients are told to read the list again.
    const res = await fetch(`${a.base}/api/v1/checks/${checkId}`, {
      method: "PATCH",
      headers: { authorization: `Bearer ${tokens.admin}`, "content-type": "application/json" },
      body: JSON.stringify({ name: "API health" }),
    });
    expect(res.status).toBe(200);
    await Promise.all([onA.next("refetch", 3_000), onB.next("refetch", 3_000)]);
    await t.db.$transaction((tx) => publishLive(tx, "action.log", { runId: "r1", line: "pg_dump: done" }, "RESPONDER"));
    await t.db.$transaction((tx) => publishLive(tx, "incident.timeline", { incidentId: "i1" }));
    await Promise.all([onA.next("incident.timeline", 3_000), onB.next("incident.timeline", 3_000)]);
    expect(onB.frames.some((f) => f.event === "action.log") || (await onB.next("action.log", 1_000))).toBeTruthy();
    expect(onA.frames.filter((f) => f.event === "action.log")).toEqual([]);
    onA.close();
    onB.close();
  });

  it("a client that reconnects to the other process with Last-Event-ID gets what it missed", async () => {
    const first = await openStream(a.base, tokens.viewer);
    await first.next("hello");
    await stateChange("UP", "200 OK");
    await first.next("tiles", 3_000);
    const resumeFrom = first.lastId;
    expect(resumeFrom).not.toBeNull();
    first.close();
    await stateChange("DOWN", "connection refused");
    const again = await openStream(b.base, tokens.viewer, { lastEventId: resumeFrom ?? 0 });
    const caught = await again.next("tiles", 3_000);
    expect(caught.data.states).toEqual([
      expect.objectContaining({ id: checkId, state: "DOWN", lastMessage: "connection refused" }),
    ]);
    expect(caught.id).toBeGreaterThan(resumeFrom ?? 0);
    again.close();
  });

  it("says the database is gone while it is, and carries on without a reconnect once it is back", async () => {
    const c = await openStream(b.base, tokens.viewer);
    await c.next("hello");
    const outage = databaseDown(10_000);
    await c.next("status", 8_000, (f) => f.data.database === "down");
    await outage;
    await c.next("status", 15_000, (f) => f.data.database === "up");
    await stateChange("UP", "recovered");
    const tiles = await c.next("tiles", 5_000);
    expect(tiles.data.states).toEqual([
      expect.objectContaining({ id: checkId, state: "UP", lastMessage: "recovered" }),
    ]);
    c.close();
  }, 60_000);

  it("drops a client that stops reading instead of buffering for it without bound", async () => {
    const stalled = await openStalledSocket(a.base, tokens.viewer);
    const healthy = await openStream(a.base, tokens.viewer);
    await healthy.next("hello");
    const line = "x".repeat(10_000);
    const events = 2_000; // about 20 MB of events
    for (let i = 0; i < events; i += 100)
      await t.db.$transaction(async (tx) => {
        for (let j = i; j < i + 100; j++)
          await publishLive(tx, "incident.timeline", { incidentId: "flood", n: j, line });
      });
    await healthy.next("incident.timeline", 20_000, (f) => f.data.n === events - 1);
    const { bytes, closedByServer } = await stalled.drain();
    expect(closedByServer).toBe(true);
    expect(bytes).toBeLessThan(events * line.length);
    healthy.close();
  }, 90_000);
});
