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
  });
  afterAll(() => s.t.drop());

  it("gives each service its worst check (by name among equals) and its check count", async () => {
    const health = await listServiceHealth({ db: s.t.db, ctx: ctxOf(s.viewer), input: undefined });
    expect(health[ids.api]).toMatchObject({
      state: "DEGRADED",
      checkCount: 3,
      worst: { name: "b-health", state: "DEGRADED" },
    });
    // PAUSED ranks above UP: a paused check is worth a look.
    expect(health[ids.web]).toMatchObject({ state: "PAUSED", checkCount: 2, worst: { name: "old" } });
    expect(health[ids.empty]).toBeUndefined();
  });
});
