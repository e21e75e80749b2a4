import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "../errors.ts";
import { getCheck } from "./get.ts";
import { addToHistogram, emptyHistogram } from "./histogram.ts";
import { getServiceHealth } from "./service-health.ts";
import { type CheckSuite, checkSuite, ctxOf, insertCheck } from "./test-fixtures.ts";

const now = new Date("2026-11-23T12:34:56.000Z");
const minute = Date.parse("2026-11-23T12:34:00.000Z");

describe("getCheck and getServiceHealth", () => {
  let s: CheckSuite;
  let id: string;
  beforeAll(async () => {
    s = await checkSuite();
    const db = s.t.db;
    const c = await insertCheck(db, s.serviceId, "Health", { state: "UP" });
    id = c.id;
    const h = emptyHistogram();
    for (let i = 0; i < 99; i++) addToHistogram(h, 100);
    addToHistogram(h, 5000);
    const day = new Date(Date.parse("2026-11-01T00:00:00Z"));
    await db.$executeRaw`INSERT INTO "CheckRollup" ("checkSeq","period","bucketStart","count","upCount","degradedCount","latencySum","hist") VALUES
      (${c.seq}, 'MINUTE', ${new Date(minute)}, 100, 100, 0, 14900, ${h}::int[]),
      (${c.seq}, 'MINUTE', ${new Date(minute - 60_000)}, 4, 1, 1, 200, '{}'),
      (${c.seq}, 'HOUR', ${new Date(Date.parse("2026-11-23T12:00:00Z"))}, 104, 101, 1, 15100, '{}'),
      (${c.seq}, 'HOUR', ${new Date(Date.parse("2026-11-20T10:00:00Z"))}, 10, 5, 0, 500, '{}'),
      (${c.seq}, 'DAY', ${day}, 10, 10, 0, 1000, '{}')`;
    await db.$executeRaw`INSERT INTO "CheckResult" ("at","checkSeq","latencyMs","status","message") VALUES
      (${new Date(minute - 60_000)}, ${c.seq}, 30, 'DOWN', 'connect ECONNREFUSED'), (${new Date(minute)}, ${c.seq}, 90, NULL, NULL)`;
    await db.checkEvent.create({
      data: { checkId: id, from: "UP", to: "DOWN", at: new Date(minute - 60_000), message: "connect ECONNREFUSED" },
    });
  });
  afterAll(() => s.t.drop());

  it("reads uptime per window from the matching rollups, percentiles per point, events and failures", async () => {
    const d = await getCheck({ db: s.t.db, ctx: ctxOf(s.viewer), input: { id, range: "1h" }, now });
    expect(d.uptime).toEqual({ h24: 102 / 104, d7: 107 / 114, d30: 107 / 114, d90: 1 });
    expect(d.latency).toHaveLength(60);
    const last = d.latency[59];
    expect(last).toMatchObject({ at: new Date(minute).toISOString(), count: 100, avgMs: 149 });
    expect(last?.p50Ms).toBeGreaterThan(90);
    expect(last?.p50Ms).toBeLessThan(110);
    expect(last?.p99Ms).toBeLessThan(110);
    expect(d.events).toMatchObject([{ from: "UP", to: "DOWN", message: "connect ECONNREFUSED" }]);
    expect(d.failures).toEqual([
      {
        checkId: id,
        at: new Date(minute - 60_000).toISOString(),
        status: "DOWN",
        latencyMs: 30,
        message: "connect ECONNREFUSED",
      },
    ]);
    expect(d.check.service.slug).toBe("api");
  });

  it("gives the service panel with a ~200-point series for long ranges", async () => {
    const h = await getServiceHealth({
      db: s.t.db,
      ctx: ctxOf(s.viewer),
      input: { serviceSlug: "api", range: "30d" },
      now,
    });
    expect(h.bucketSeconds).toBe(4 * 3600);
    expect(h.checks[0]?.latency).toHaveLength(180);
    expect(h.checks[0]?.uptime.d7).toBe(107 / 114);
    await expect(
      getServiceHealth({ db: s.t.db, ctx: ctxOf(s.viewer), input: { serviceSlug: "nope" }, now }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
