import type { CheckTileDto, HealthSummaryDto } from "@opsdeck/core/check/index";
import type { TileStatePatch } from "@opsdeck/core/check/tile-patches";
import { describe, expect, it } from "vitest";
import { patchHealth } from "./patch-health.ts";

const BASE = { kind: "HTTP", stateSince: "2026-12-02T09:00:00.000Z", lastCheckedAt: null, stale: false } as const;
const tile = (id: string, state: CheckTileDto["state"]): CheckTileDto => ({
  ...BASE,
  id,
  name: id,
  state,
  lastLatencyMs: 40,
  lastMessage: "timeout",
  intervalSeconds: 30,
  historyAt: "2026-12-02T09:59:00.000Z",
  uptimeBar: new Array<number>(24).fill(1),
  sparkline: new Array<number>(60).fill(40),
});

const summary = (shown = 1): HealthSummaryDto => ({
  counts: { total: 70, stale: 0, byState: { UP: 69, DEGRADED: 0, DOWN: 1, PAUSED: 0, MAINTENANCE: 0, UNKNOWN: 0 } },
  problems: { total: 1, shown },
  services: [
    {
      id: "s1",
      slug: "api",
      name: "API",
      tier: "TIER_2",
      state: "DOWN",
      total: 70,
      byState: { DOWN: 1, UP: 69 },
      stale: 0,
      checks: [tile("a", "DOWN")],
    },
  ],
});

const state = (id: string, s: TileStatePatch["state"], extra: Partial<TileStatePatch> = {}): TileStatePatch => ({
  ...tile(id, s),
  serviceId: "s1",
  ...extra,
});

describe("patchHealth", () => {
  it("patches a shown tile's result in place, counts unchanged", () => {
    const next = patchHealth(summary(), { states: [state("a", "DOWN", { lastLatencyMs: 99 })], histories: [] });
    expect(next).not.toBe("refetch");
    expect(next !== "refetch" && next.services[0]?.checks[0]?.lastLatencyMs).toBe(99);
  });

  it("reads again when a shown check changes state or staleness", () => {
    expect(patchHealth(summary(), { states: [state("a", "UP")], histories: [] })).toBe("refetch");
    expect(patchHealth(summary(), { states: [state("a", "DOWN", { stale: true })], histories: [] })).toBe("refetch");
  });

  it("reads again when a folded check is no longer a fresh UP, and ignores a fresh UP result", () => {
    expect(patchHealth(summary(), { states: [state("b", "DEGRADED")], histories: [] })).toBe("refetch");
    const same = summary();
    expect(patchHealth(same, { states: [state("b", "UP")], histories: [] })).toBe(same);
  });

  it("reads again on any unknown check when the summary's tiles were cut", () => {
    expect(
      patchHealth({ ...summary(0), problems: { total: 1, shown: 0 } }, { states: [state("b", "UP")], histories: [] }),
    ).toBe("refetch");
  });
});
