import type { CheckTileDto, CheckTilesDto } from "@opsdeck/core/check/index";
import type { TileStatePatch } from "@opsdeck/core/check/tile-patches";
import { describe, expect, it } from "vitest";
import { patchTiles } from "./patch-tiles.ts";

const AT = "2026-12-02T09:59:00.000Z";
const series = (n: number, v: number) => new Array<number>(n).fill(v);

const tile = (id: string, name: string, state: CheckTileDto["state"] = "UP"): CheckTileDto => ({
  id,
  name,
  kind: "HTTP",
  state,
  stateSince: "2026-12-02T09:00:00.000Z",
  lastCheckedAt: "2026-12-02T09:59:50.000Z",
  stale: false,
  lastLatencyMs: 40,
  lastMessage: null,
  intervalSeconds: 30,
  historyAt: AT,
  uptimeBar: series(24, 1),
  sparkline: series(60, 40),
});

const list = (): CheckTilesDto => ({
  total: 3,
  truncated: false,
  next: null,
  counts: { total: 3, byState: { UP: 3, DEGRADED: 0, DOWN: 0, PAUSED: 0, MAINTENANCE: 0, UNKNOWN: 0 } },
  services: [
    {
      id: "s1",
      slug: "api",
      name: "API",
      tier: "TIER_1",
      state: "UP",
      checks: [tile("a", "Health"), tile("b", "Login")],
    },
    { id: "s2", slug: "web", name: "Web", tier: "TIER_2", state: "UP", checks: [tile("c", "Home")] },
  ],
});

const NAMES: Record<string, string> = { a: "Health", b: "Login", c: "Home" };

const patch = (
  id: string,
  serviceId: string,
  state: TileStatePatch["state"],
  extra: Partial<TileStatePatch> = {},
): TileStatePatch => ({
  id,
  name: NAMES[id] ?? id,
  serviceId,
  state,
  stateSince: "2026-12-02T10:00:00.000Z",
  lastCheckedAt: "2026-12-02T10:00:00.000Z",
  stale: false,
  lastLatencyMs: 0,
  lastMessage: "HTTP 503",
  ...extra,
});

describe("patchTiles", () => {
  it("moves a check that went DOWN, and its service, to the top", () => {
    const out = patchTiles(list(), { states: [patch("c", "s2", "DOWN")], histories: [] });
    if (out === "refetch") throw new Error("expected a patch");
    expect(out.services.map((s) => [s.name, s.state, s.checks.map((c) => c.id)])).toEqual([
      ["Web", "DOWN", ["c"]],
      ["API", "UP", ["a", "b"]],
    ]);
    expect(out.services[0]?.checks[0]).toMatchObject({
      state: "DOWN",
      lastMessage: "HTTP 503",
      name: "Home",
      sparkline: series(60, 40),
    });
    expect(out.counts).toEqual({ total: 3, byState: expect.objectContaining({ UP: 2, DOWN: 1 }) });
  });

  it("updates results and history in place without reordering", () => {
    const out = patchTiles(list(), {
      states: [patch("b", "s1", "UP", { lastLatencyMs: 99, lastMessage: null })],
      histories: [{ id: "a", historyAt: AT, uptimeBar: [0.5], sparkline: [12] }],
    });
    if (out === "refetch") throw new Error("expected a patch");
    expect(out.services.map((s) => s.checks.map((c) => c.id))).toEqual([["a", "b"], ["c"]]);
    expect(out.services[0]?.checks[1]?.lastLatencyMs).toBe(99);
    expect(out.services[0]?.checks[0]).toMatchObject({
      uptimeBar: [...series(23, 1), 0.5],
      sparkline: [...series(59, 40), 12],
      lastLatencyMs: 40,
    });
    expect(out.counts.byState.UP).toBe(3);
  });

  it("asks for a refetch when a patch names a check the list does not hold", () => {
    expect(patchTiles(list(), { states: [patch("new", "s1", "DOWN")], histories: [] })).toBe("refetch");
  });

  it("leaves the input untouched", () => {
    const before = list();
    const copy = structuredClone(before);
    patchTiles(before, { states: [patch("a", "s1", "DOWN")], histories: [] });
    expect(before).toEqual(copy);
  });
});
