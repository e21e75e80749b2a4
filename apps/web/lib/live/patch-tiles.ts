import type { CheckTileDto, CheckTilesDto, ServiceTilesDto } from "@opsdeck/core/check/index";
import { applyHistoryPatch } from "@opsdeck/core/check/tile-history-patch";
import type { TileHistoryPatch, TileStatePatch } from "@opsdeck/core/check/tile-patches";
import { stateRank } from "@opsdeck/core/check/tiles";

const byName = new Intl.Collator("en").compare;

/**
 * Patch the tile list in place of a refetch; "refetch" when a patch names a check the list lacks. The
 * headline counts move with each state change (a check the list lacks is refetched, counts and all).
 */
export function patchTiles(
  data: CheckTilesDto,
  patch: { states: readonly TileStatePatch[]; histories: readonly TileHistoryPatch[] },
): CheckTilesDto | "refetch" {
  const states = new Map(patch.states.map((p) => [p.id, p]));
  const histories = new Map(patch.histories.map((p) => [p.id, p]));
  let found = 0;
  let moved = false;
  const byState = { ...data.counts.byState };
  const rows: { service: ServiceTilesDto; tile: CheckTileDto }[] = [];
  for (const service of data.services)
    for (const tile of service.checks) {
      const s = states.get(tile.id);
      const h = histories.get(tile.id);
      if (!s && !h) {
        rows.push({ service, tile });
        continue;
      }
      if (s) found++;
      if (s && s.state !== tile.state) {
        moved = true;
        byState[tile.state]--;
        byState[s.state]++;
      }
      const { serviceId: _, ...live } = s ?? ({} as Partial<TileStatePatch>);
      const patched = { ...tile, ...live };
      rows.push({ service, tile: h ? applyHistoryPatch(patched, h) : patched });
    }
  // A check the list lacks (new, or below a truncated list's cut) may belong on screen now.
  if (found < states.size) return "refetch";
  if (!moved) return { ...data, services: regroup(rows, data.services) };
  const counts = { ...data.counts, byState };
  rows.sort(
    (x, y) =>
      stateRank(x.tile.state) - stateRank(y.tile.state) ||
      byName(x.service.name, y.service.name) ||
      byName(x.tile.name, y.tile.name),
  );
  return { ...data, counts, services: regroup(rows) };
}

/** Group rows by service, in the order given (the worst check first decides a service's place and state). */
function regroup(
  rows: { service: ServiceTilesDto; tile: CheckTileDto }[],
  order?: ServiceTilesDto[],
): ServiceTilesDto[] {
  const groups = new Map<string, ServiceTilesDto>();
  for (const s of order ?? []) groups.set(s.id, { ...s, checks: [] });
  for (const { service, tile } of rows) {
    const g = groups.get(service.id) ?? { ...service, state: tile.state, checks: [] };
    if (g.checks.length === 0) g.state = tile.state;
    g.checks.push(tile);
    groups.set(service.id, g);
  }
  return [...groups.values()].filter((g) => g.checks.length > 0);
}
