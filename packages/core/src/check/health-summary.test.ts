import type { CheckState, Db } from "@opsdeck/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { beat } from "../health/heartbeat.ts";
import { publishLive } from "../live/publish.ts";
import { deleteService } from "../service/delete.ts";
import { deleteCheck } from "./delete.ts";
import { HealthSummaryCache } from "./health-summary-cache.ts";
import { type HealthSummaryDto, PROBLEM_TILES_SHOWN, readHealthSummary } from "./health-summary.ts";
import { setCheckPaused } from "./set-paused.ts";
import { type CheckSuite, checkSuite, ctxOf, insertCheck } from "./test-fixtures.ts";
import { FOLD_ABOVE } from "./tiles.ts";

const now = new Date("2026-11-23T12:34:56.000Z");
const recent = new Date(now.getTime() - 10_000);

/** What the worker's result writer commits on a state change: the check's columns and the event, together. */
async function workerSetsState(db: Db, id: string, state: CheckState) {
  await db.$transaction(async (tx) => {
    await tx.check.update({ where: { id }, data: { state, health: state, stateSince: now, lastCheckedAt: now } });
    await publishLive(tx, "check.state", { ids: [id] });
  });
}

const service = (h: HealthSummaryDto, slug: string) => h.services.find((s) => s.slug === slug);

describe("the Overview's health summary", () => {
  let s: CheckSuite;
  let cache: HealthSummaryCache;
  const get = async () => (await cache.get({ db: s.t.db, ctx: ctxOf(s.viewer), now })).summary;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    s = await checkSuite();
    const db = s.t.db;
    const billing = await db.service.create({ data: { slug: "billing", name: "Billing" } });
    // More checks than the Overview shows unfolded: only those not UP come as tiles.
    await db.check.createMany({
      data: Array.from({ length: FOLD_ABOVE + 5 }, (_, i) => ({
        serviceId: s.serviceId,
        name: `api ${String(i).padStart(3, "0")}`,
        kind: "HTTP" as const,
        config: { url: "https://example.com" },
        state: "UP" as const,
        health: "UP" as const,
        lastCheckedAt: recent,
      })),
    });
    for (const name of ["pay", "refund"])
      ids[name] = (await insertCheck(db, billing.id, name, { state: "UP", health: "UP", lastCheckedAt: recent })).id;
    ids.old = (
      await insertCheck(db, billing.id, "old", {
        state: "UP",
        health: "UP",
        lastCheckedAt: new Date(now.getTime() - 600_000),
      })
    ).id;
    await beat(db, { id: "w1", hostname: "host", pid: 42, version: "0.1.0" }, now);
    cache = new HealthSummaryCache();
  });
  afterAll(() => s.t.drop());

  it("counts every check per service by shown state and staleness, with tiles only for checks not UP", async () => {
    const h = await get();
    expect(h.counts.total).toBe(FOLD_ABOVE + 8);
    expect(h.counts.byState.UP).toBe(FOLD_ABOVE + 8);
    expect(h.counts.stale).toBe(1);
    expect(service(h, "api")).toMatchObject({
      state: "UP",
      total: FOLD_ABOVE + 5,
      byState: { UP: FOLD_ABOVE + 5 },
      stale: 0,
      checks: [],
    });
    expect(service(h, "billing")).toMatchObject({ total: 3, stale: 1, checks: [] });
    expect(h.problems).toEqual({ total: 0, shown: 0 });
  });

  it("serves a second request from the cache while nothing changed", async () => {
    const reads = cache.reads;
    await get();
    expect(cache.reads).toBe(reads);
  });

  it("shows a check going DOWN at once, first among services, with its tile and sparkline", async () => {
    await workerSetsState(s.t.db, ids.pay as string, "DOWN");
    const h = await get();
    expect(h.services[0]?.slug).toBe("billing");
    expect(service(h, "billing")).toMatchObject({ state: "DOWN", byState: { DOWN: 1, UP: 2 } });
    expect(service(h, "billing")?.checks.map((c) => [c.name, c.state, c.sparkline.length])).toEqual([
      ["pay", "DOWN", 60],
    ]);
    expect(h.counts.byState.DOWN).toBe(1);
    expect(h.problems).toEqual({ total: 1, shown: 1 });
  });

  it("folds the check back once it recovers", async () => {
    await workerSetsState(s.t.db, ids.pay as string, "UP");
    const h = await get();
    expect(service(h, "billing")).toMatchObject({ state: "UP", byState: { UP: 3 }, checks: [] });
    expect(h.counts.byState.DOWN).toBe(0);
  });

  it("counts a paused check as PAUSED, and not stale", async () => {
    await setCheckPaused({ db: s.t.db, ctx: ctxOf(s.responder), input: { id: ids.old as string, paused: true }, now });
    const h = await get();
    expect(service(h, "billing")).toMatchObject({ state: "PAUSED", byState: { PAUSED: 1, UP: 2 }, stale: 0 });
    expect(service(h, "billing")?.checks.map((c) => c.name)).toEqual(["old"]);
    expect(h.counts.stale).toBe(0);
  });

  it("drops a deleted check from the counts and tiles", async () => {
    await deleteCheck({ db: s.t.db, ctx: ctxOf(s.responder), input: { id: ids.old as string } });
    const h = await get();
    expect(service(h, "billing")).toMatchObject({ state: "UP", total: 2, byState: { UP: 2 }, checks: [] });
    expect(h.counts.total).toBe(FOLD_ABOVE + 7);
  });

  it("drops a deleted service with its checks", async () => {
    await deleteService({ db: s.t.db, ctx: ctxOf(s.responder), input: { serviceSlug: "billing" } });
    const h = await get();
    expect(h.services.map((x) => x.slug)).toEqual(["api"]);
    expect(h.counts.total).toBe(FOLD_ABOVE + 5);
  });

  it("reads again once its time is up (staleness moves with time alone)", async () => {
    const reads = cache.reads;
    const later = new Date(now.getTime() + 60_000);
    const h = (await cache.get({ db: s.t.db, ctx: ctxOf(s.viewer), now: later })).summary;
    expect(cache.reads).toBe(reads + 1);
    // The worker's heartbeat is a minute old by then: every unpaused check is stale.
    expect(h.counts.stale).toBe(FOLD_ABOVE + 5);
  });
});

describe("a summary with more problems than tiles", () => {
  let s: CheckSuite;
  beforeAll(async () => {
    s = await checkSuite();
    const states: CheckState[] = ["DOWN", "DEGRADED", "UP"];
    await s.t.db.check.createMany({
      data: Array.from({ length: PROBLEM_TILES_SHOWN + 130 }, (_, i) => {
        const state = states[i % 3] as CheckState;
        return {
          serviceId: s.serviceId,
          name: `c${i}`,
          kind: "HTTP" as const,
          config: {},
          state,
          health: state,
          lastCheckedAt: now,
        };
      }),
    });
  });
  afterAll(() => s.t.drop());

  it("counts every check but sends only the worst tiles, DOWN before DEGRADED", async () => {
    const h = await readHealthSummary({ db: s.t.db, ctx: ctxOf(s.viewer), now });
    const total = PROBLEM_TILES_SHOWN + 130;
    const up = Math.floor(total / 3); // every third check is UP
    expect(h.counts.total).toBe(total);
    expect(h.counts.byState.UP).toBe(up);
    expect(h.problems).toEqual({ total: total - up, shown: PROBLEM_TILES_SHOWN });
    const tiles = h.services[0]?.checks ?? [];
    expect(tiles).toHaveLength(PROBLEM_TILES_SHOWN);
    expect(tiles.filter((t) => t.state === "DOWN")).toHaveLength(h.counts.byState.DOWN);
    expect(tiles.findIndex((t) => t.state === "DEGRADED")).toBe(h.counts.byState.DOWN);
  });
});

describe("the summary cache over a pruned event log", () => {
  let s: CheckSuite;
  afterAll(() => s.t.drop());

  it("keeps its id and reads once when the log was emptied", async () => {
    s = await checkSuite();
    const db = s.t.db;
    const check = await insertCheck(db, s.serviceId, "one", { state: "UP", health: "UP", lastCheckedAt: now });
    await workerSetsState(db, check.id, "DOWN");
    const cache = new HealthSummaryCache();
    const first = await cache.get({ db, ctx: ctxOf(s.viewer), now });
    await db.$executeRaw`DELETE FROM "LiveEvent"`;
    const again = await cache.get({ db, ctx: ctxOf(s.viewer), now });
    expect(again).toBe(first);
    expect(cache.reads).toBe(1);
    expect(first.cursor).toBeGreaterThan(0);
  });
});
