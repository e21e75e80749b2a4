"use client";

import type { CheckTilesDto } from "@opsdeck/core/check/index";
import type { TileHistoryPatch, TileStatePatch } from "@opsdeck/core/check/tile-patches";
import { REFETCH, useLiveQuery } from "@/components/live/use-live-query";
import { fetchJson } from "@/lib/api/fetch-json";
import { SERVICE_TILES_READ, tilesUrl } from "@/lib/health/tiles-url";
import { patchTiles } from "@/lib/live/patch-tiles";
import { TileGrid } from "./tile-grid";

type Props = { serviceId: string; slug: string; now: number | null };

/**
 * One opened service's tiles, read when it is opened (a read of that service alone) and kept live:
 * its checks' results and state changes patch them; other services' changes are not its business.
 */
export function ServiceTiles({ serviceId, slug, now }: Props) {
  const q = useLiveQuery({
    queryKey: ["check-tiles", "service", slug],
    queryFn: () => fetchJson<CheckTilesDto>(tilesUrl({ service: slug, limit: SERVICE_TILES_READ })),
    on: {
      tiles: (data, p) => {
        const patch = p as { states: TileStatePatch[]; histories: TileHistoryPatch[] };
        const next = patchTiles(data, { ...patch, states: patch.states.filter((s) => s.serviceId === serviceId) });
        return next === "refetch" ? REFETCH : next;
      },
      refetch: () => REFETCH,
    },
  });
  if (q.isPending)
    return (
      <p role="status" className="card p-3 text-sm text-slate-600 dark:text-slate-400">
        Loading checks…
      </p>
    );
  if (q.isError)
    return (
      <div role="alert" className="card flex flex-wrap items-center gap-2 p-3 text-sm text-red-800 dark:text-red-300">
        <span>Could not load this service's checks: {q.error.message}</span>
        <button type="button" onClick={() => void q.refetch()} className="font-medium underline">
          Try again
        </button>
      </div>
    );
  const tiles = q.data.services.flatMap((s) => s.checks);
  return (
    <div className="flex flex-col gap-2">
      <TileGrid tiles={tiles} serviceSlug={slug} now={now} />
      {q.data.truncated && (
        <p className="text-sm text-amber-800 dark:text-amber-300">
          Showing the worst {tiles.length} of {q.data.total} checks: the service's page has them all.
        </p>
      )}
    </div>
  );
}
