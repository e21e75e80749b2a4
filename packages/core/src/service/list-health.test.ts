import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ctxOf, type RoleSuite, roleSuite } from "../testing.ts";
import { listServiceHealth } from "./list-health.ts";

describe("listServiceHealth", () => {
  let s: RoleSuite;
  const ids = { api: "", web: "", empty: "" };
  beforeAll(async () => {
    s = await roleSuite();
    for (const slug of ["api", "web", "empty"] as const)
      ids[slug] = (await s.t.db.service.create({ data: { slug, name: slug } })).id;
    const check = (serviceId: string, name: string, state: "UP" | "DOWN" | "DEGRADED" | "PAUSED") =>
      s.t.db.check.create({ data: { serviceId, name, state, kind: "HTTP", config: { url: "https://example.com" } } });
    await check(ids.api, "b-health", "DEGRADED");
    await check(ids.api, "a-login", "UP");
    await check(ids.api, "c-search", "DEGRADED");
    await check(ids.web, "home", "UP");
    await check(ids.web, "old", "PAUSED");
    const under = await check(ids.web, "under", "DOWN");
    await s.t.db.maintenanceWindow.create({
      data: {
        checkId: under.id,
        startsAt: new Date(Date.now() - 60_000),
        endsAt: new Date(Date.now() + 60_000),
        reason: "x",
      },
    });
  });
  afterAll(() => s.t.drop());

  it("gives each service its worst check (by name among equals), its check count and counts per shown state", async () => {
    const health = await listServiceHealth({ db: s.t.db, ctx: ctxOf(s.viewer), input: undefined });
    expect(health[ids.api]).toMatchObject({
      state: "DEGRADED",
      checkCount: 3,
      counts: { UP: 1, DEGRADED: 2, DOWN: 0, PAUSED: 0, MAINTENANCE: 0, UNKNOWN: 0 },
      worst: { name: "b-health", state: "DEGRADED" },
    });
    // PAUSED ranks above UP: a paused check is worth a look.
    // A DOWN check under an active window shows MAINTENANCE, as on the tiles.
    expect(health[ids.web]).toMatchObject({
      state: "MAINTENANCE",
      checkCount: 3,
      counts: { UP: 1, PAUSED: 1, MAINTENANCE: 1, DOWN: 0 },
      worst: { name: "under" },
    });
    expect(health[ids.empty]).toBeUndefined();
  });
});
