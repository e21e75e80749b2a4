import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { beat } from "../health/heartbeat.ts";
import { listCheckTiles } from "./list.ts";
import { refreshTileHistory } from "./tile-history.ts";
import { type CheckSuite, checkSuite, ctxOf, insertCheck } from "./test-fixtures.ts";

const now = new Date("2026-11-23T12:34:56.000Z");
const hour = Date.parse("2026-11-23T12:00:00.000Z");

describe("listCheckTiles", () => {
  let s: CheckSuite;
  beforeAll(async () => {
    s = await checkSuite();
    const db = s.t.db;
    const other = await db.service.create({ data: { slug: "billing", name: "Billing" } });
    const up = await insertCheck(db, s.serviceId, "Up check", {
      state: "UP",
      lastCheckedAt: new Date(now.getTime() - 10_000),
      intervalSeconds: 60,
    });
    await insertCheck(db, s.serviceId, "Paused check", { state: "PAUSED", paused: true });
    await insertCheck(db, other.id, "Down check", { state: "DOWN", lastCheckedAt: new Date(now.getTime() - 10_000) });
    const maint = await insertCheck(db, other.id, "Under maintenance", { state: "UP", lastCheckedAt: now });
    await db.maintenanceWindow.create({
      data: { checkId: maint.id, startsAt: new Date(hour), endsAt: new Date(hour + 7_200_000), reason: "x" },
    });
    await db.$executeRaw`INSERT INTO "CheckRollup" ("checkSeq","period","bucketStart","count","upCount","degradedCount","latencySum","hist") VALUES
      (${up.seq}, 'HOUR', ${new Date(hour)}, 60, 45, 0, 4500, '{}'), (${up.seq}, 'MINUTE', ${new Date(Date.parse("2026-11-23T12:34:00Z"))}, 2, 2, 0, 300, '{}')`;
    expect(await refreshTileHistory(db, now)).toEqual({ checks: 4 });
    await beat(db, { id: "w1", hostname: "host", pid: 42, version: "0.1.0" }, now);
  });
  afterAll(() => s.t.drop());

  it("groups by service, worst first, with MAINTENANCE from active windows, stale flags, bars and sparklines", async () => {
    const { services, total } = await listCheckTiles({ db: s.t.db, ctx: ctxOf(s.viewer), now });
    expect(total).toBe(4);
    expect(services.map((x) => [x.slug, x.state, x.checks.map((c) => [c.name, c.state])])).toEqual([
      [
        "billing",
        "DOWN",
        [
          ["Down check", "DOWN"],
          ["Under maintenance", "MAINTENANCE"],
        ],
      ],
      [
        "api",
        "PAUSED",
        [
          ["Paused check", "PAUSED"],
          ["Up check", "UP"],
        ],
      ],
    ]);
    const upTile = services[1]?.checks[1];
    expect(upTile).toMatchObject({ stale: false, uptimeBar: expect.any(Array), sparkline: expect.any(Array) });
    expect(upTile?.uptimeBar[23]).toBe(0.75);
    expect(upTile?.sparkline[59]).toBe(150);
    expect(services[1]?.checks[0]?.stale).toBe(false);
  });

  it("marks every unpaused tile stale once the worker's heartbeat is stale", async () => {
    const later = new Date(now.getTime() + 31_000);
    const { services } = await listCheckTiles({ db: s.t.db, ctx: ctxOf(s.viewer), now: later });
    expect(Object.fromEntries(services.flatMap((x) => x.checks).map((c) => [c.name, c.stale]))).toEqual({
      "Down check": true,
      "Under maintenance": true,
      "Paused check": false,
      "Up check": true,
    });
  });

  it("moves the history to the present, showing the buckets since the last refresh as unknown", async () => {
    const later = new Date(now.getTime() + 2 * 60_000 + 3_600_000);
    const { services } = await listCheckTiles({ db: s.t.db, ctx: ctxOf(s.viewer), now: later });
    const tile = services.flatMap((x) => x.checks).find((c) => c.name === "Up check");
    expect(tile?.uptimeBar.slice(21)).toEqual([null, 0.75, null]);
    expect(tile?.sparkline.every((v) => v === null)).toBe(true);
    const soon = await listCheckTiles({ db: s.t.db, ctx: ctxOf(s.viewer), now: new Date(now.getTime() + 120_000) });
    expect(
      soon.services
        .flatMap((x) => x.checks)
        .find((c) => c.name === "Up check")
        ?.sparkline.slice(56),
    ).toEqual([null, 150, null, null]);
  });

  it("refreshes in one process at a time", async () => {
    const [a, b] = await Promise.all([refreshTileHistory(s.t.db, now), refreshTileHistory(s.t.db, now)]);
    expect([a, b].filter((r) => r === null)).toHaveLength(1);
    expect([a, b].find((r) => r !== null)).toEqual({ checks: 4 });
  });

  it("searches service and check names and filters by state", async () => {
    const names = async (input: Parameters<typeof listCheckTiles>[0]["input"]) =>
      (await listCheckTiles({ db: s.t.db, ctx: ctxOf(s.viewer), input, now })).services.flatMap((x) =>
        x.checks.map((c) => c.name),
      );
    expect(await names({ q: "BILL" })).toEqual(["Down check", "Under maintenance"]);
    expect(await names({ q: "paused" })).toEqual(["Paused check"]);
    expect(await names({ state: "MAINTENANCE" })).toEqual(["Under maintenance"]);
    expect(await names({ limit: 1 })).toEqual(["Down check"]);
    expect(await names({ service: "api" })).toEqual(["Paused check", "Up check"]);
    expect(await names({ service: "api", q: "up" })).toEqual(["Up check"]);
    expect(await names({ service: "nowhere" })).toEqual([]);
  });
});

describe("listCheckTiles on 2,000 checks", () => {
  let s: CheckSuite;
  beforeAll(async () => {
    s = await checkSuite();
    await s.t.db
      .$executeRaw`INSERT INTO "Check" ("id","serviceId","name","kind","config","state","lastCheckedAt","updatedAt")
      SELECT 'c' || g, ${s.serviceId}, 'Check ' || g, 'HTTP', '{}'::jsonb, (ARRAY['UP','DOWN','DEGRADED'])[1 + g % 3]::"CheckState", now(), now()
      FROM generate_series(1, 2000) g`;
    await s.t.db
      .$executeRaw`INSERT INTO "CheckRollup" ("checkSeq","period","bucketStart","count","upCount","degradedCount","latencySum","hist")
      SELECT c."seq", 'HOUR', date_trunc('hour', now()) - h * interval '1 hour', 60, 59, 1, 6000, '{}' FROM "Check" c, generate_series(0, 23) h`;
    await s.t.db
      .$executeRaw`INSERT INTO "CheckRollup" ("checkSeq","period","bucketStart","count","upCount","degradedCount","latencySum","hist")
      SELECT c."seq", 'MINUTE', date_trunc('minute', now()) - m * interval '1 minute', 1, 1, 0, 100, '{}' FROM "Check" c, generate_series(0, 59) m`;
  }, 120_000);
  afterAll(() => s.t.drop());

  it("answers in a bounded number of queries, fast", async () => {
    const refreshStarted = performance.now();
    await refreshTileHistory(s.t.db, new Date());
    console.log(`refreshTileHistory: 2000 checks in ${(performance.now() - refreshStarted).toFixed(0)} ms`);
    await listCheckTiles({ db: s.t.db, ctx: ctxOf(s.viewer) });
    const started = performance.now();
    const { services, total } = await listCheckTiles({ db: s.t.db, ctx: ctxOf(s.viewer) });
    const ms = performance.now() - started;
    console.log(`listCheckTiles: ${total} checks, 24 hour + 60 minute rollups each, in ${ms.toFixed(0)} ms`);
    expect(total).toBe(2000);
    expect(services[0]?.checks[0]?.state).toBe("DOWN");
    expect(services[0]?.checks.at(-1)?.uptimeBar.every((v) => v !== null && v > 0.99)).toBe(true);
    expect(ms).toBeLessThan(1500);
  });
});
