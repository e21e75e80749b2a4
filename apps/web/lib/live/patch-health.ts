import type { CheckTileDto, HealthSummaryDto } from "@opsdeck/core/check/index";
import { applyHistoryPatch } from "@opsdeck/core/check/tile-history-patch";
import type { TileHistoryPatch, TileStatePatch } from "@opsdeck/core/check/tile-patches";

type Patch = { states: readonly TileStatePatch[]; histories: readonly TileHistoryPatch[] };

/**
 * Patch the health summary's tiles in place (a result, new history); "refetch" when a patch moves a
 * count: a shown check changed state or staleness, or a check the summary lacks is not a fresh UP (the
 * summary holds every check that is not UP, unless it was cut).
 */
export function patchHealth(health: HealthSummaryDto, patch: Patch): HealthSummaryDto | "refetch" {
  const known = new Map<string, CheckTileDto>();
  for (const s of health.services) for (const t of s.checks) known.set(t.id, t);
  const cut = health.problems.shown < health.problems.total;
  for (const p of patch.states) {
    const t = known.get(p.id);
    if (t ? t.state !== p.state || t.stale !== p.stale : cut || p.state !== "UP" || p.stale) return "refetch";
  }
  const states = new Map(patch.states.map((p) => [p.id, p]));
  const histories = new Map(patch.histories.map((p) => [p.id, p]));
  if (![...states.keys(), ...histories.keys()].some((id) => known.has(id))) return health;
  return {
    ...health,
    services: health.services.map((s) => ({
      ...s,
      checks: s.checks.map((t) => {
        const { serviceId: _, ...live } = states.get(t.id) ?? ({} as Partial<TileStatePatch>);
        const h = histories.get(t.id);
        const tile = { ...t, ...live };
        return h ? applyHistoryPatch(tile, h) : tile;
      }),
    })),
  };
}
