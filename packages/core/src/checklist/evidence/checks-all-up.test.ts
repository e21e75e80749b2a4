import type { CheckState, Db } from "@opsdeck/db";
import { describe, expect, it } from "vitest";
import { checksAllUp } from "./checks-all-up.ts";
import { ago, freshDbPerTest, HOUR, makeService, MINUTE, NOW } from "./test-fixtures.ts";

const check = (
  db: Db,
  serviceId: string,
  name: string,
  state: CheckState,
  o: { health?: CheckState; paused?: boolean; lastCheckedAt?: Date } = {},
) =>
  db.check.create({
    data: {
      serviceId,
      name,
      kind: "HTTP",
      config: { url: "https://example.com" },
      state,
      health: o.health ?? state,
      paused: o.paused ?? false,
      intervalSeconds: 60,
      lastCheckedAt: o.lastCheckedAt ?? ago(MINUTE),
      createdAt: ago(HOUR),
    },
  });

const windowOn = (db: Db, on: { checkId?: string; serviceId?: string }, from: Date, to: Date) =>
  db.maintenanceWindow.create({ data: { ...on, startsAt: from, endsAt: to, reason: "upgrade" } });

describe("checks.all_up", () => {
  const t = freshDbPerTest();

  it("is unknown with no checks, or only paused ones", async () => {
    expect(await checksAllUp(t.db, NOW)).toMatchObject({ status: "unknown", summary: "No checks" });
    const api = await makeService(t.db, "api", "API");
    await check(t.db, api.id, "health", "PAUSED", { paused: true });
    expect(await checksAllUp(t.db, NOW)).toMatchObject({
      status: "unknown",
      summary: "No checks to judge: all 1 paused or in maintenance",
    });
  });

  it("passes when every running check is up, leaving out paused ones and those under a window", async () => {
    const [api, shop] = await Promise.all([makeService(t.db, "api", "API"), makeService(t.db, "shop", "Shop")]);
    await check(t.db, api.id, "health", "UP");
    await check(t.db, api.id, "paused", "PAUSED", { paused: true });
    const silenced = await check(t.db, api.id, "silenced", "MAINTENANCE", { health: "DOWN" });
    await windowOn(t.db, { checkId: silenced.id }, ago(HOUR), new Date(NOW.getTime() + HOUR));
    await check(t.db, shop.id, "checkout", "DOWN");
    await windowOn(t.db, { serviceId: shop.id }, ago(MINUTE), new Date(NOW.getTime() + MINUTE));
    expect(await checksAllUp(t.db, NOW)).toEqual({
      rule: "checks.all_up",
      status: "pass",
      summary: "Every check is up (1 check; 3 paused or in maintenance left out)",
      links: [{ label: "Overview", href: "/" }],
      evaluatedAt: NOW.toISOString(),
    });
  });

  it("fails naming checks that are not up, worst first, once their window has ended, and stale ones", async () => {
    const [api, shop] = await Promise.all([makeService(t.db, "api", "API"), makeService(t.db, "shop", "Shop")]);
    await check(t.db, api.id, "health", "UP");
    await check(t.db, api.id, "latency", "DEGRADED");
    await check(t.db, api.id, "quiet", "UP", { lastCheckedAt: ago(10 * MINUTE) });
    const ended = await check(t.db, shop.id, "checkout", "MAINTENANCE", { health: "DOWN" });
    await windowOn(t.db, { checkId: ended.id }, ago(2 * HOUR), ago(HOUR));
    await windowOn(t.db, { serviceId: shop.id }, new Date(NOW.getTime() + HOUR), new Date(NOW.getTime() + 2 * HOUR));
    const r = await checksAllUp(t.db, NOW);
    expect(r.status).toBe("fail");
    expect(r.summary).toBe(
      "3 of 4 checks not up: Shop / checkout (DOWN); API / latency (DEGRADED); API / quiet (stale)",
    );
    expect(r.links).toEqual([
      { label: "Shop", href: "/services/shop" },
      { label: "API", href: "/services/api" },
      { label: "Overview", href: "/" },
    ]);
  });

  it("names the first five and counts the rest", async () => {
    const api = await makeService(t.db, "api", "API");
    for (const n of [1, 2, 3, 4, 5, 6, 7]) await check(t.db, api.id, `c${n}`, "DOWN");
    expect((await checksAllUp(t.db, NOW)).summary).toBe(
      "7 of 7 checks not up: API / c1 (DOWN); API / c2 (DOWN); API / c3 (DOWN); API / c4 (DOWN); API / c5 (DOWN) and 2 more",
    );
  });
});
