"use client";

import type { CheckTilesDto } from "@opsdeck/core/check/index";
import type { TileHistoryPatch, TileStatePatch } from "@opsdeck/core/check/tile-patches";
import type { CheckState } from "@opsdeck/db";
import { keepPreviousData } from "@tanstack/react-query";
import { REFETCH, useLiveQuery } from "@/components/live/use-live-query";
import { fetchJson } from "@/lib/api/fetch-json";
import { FOLD_ABOVE } from "@opsdeck/core/check/tiles";
import { tilesUrl } from "@/lib/health/tiles-url";
import { patchTiles } from "@/lib/live/patch-tiles";
import { ServiceGroup } from "./service-group";

type Props = { q: string; state: CheckState | ""; now: number | null };

/** An empty result says what was asked: "nothing is down" is news, not a failed search. */
function noMatch(state: CheckState | "", needle: string): string {
  const what = state === "MAINTENANCE" ? "in maintenance" : state.toLowerCase();
  if (state && !needle) return `Nothing is ${what}.`;
  if (state) return `No check matching "${needle}" is ${what}.`;
  return `No check matches "${needle}".`;
}

const onTiles = (data: CheckTilesDto, p: Record<string, unknown>) => {
  const next = patchTiles(data, p as { states: TileStatePatch[]; histories: TileHistoryPatch[] });
  return next === "refetch" ? REFETCH : next;
};

/** A search and state filter answered by the server (every check, not only those on screen), worst first. */
export function HealthSearch({ q, state, now }: Props) {
  const r = useLiveQuery({
    queryKey: ["check-tiles", "search", q, state],
    queryFn: () => fetchJson<CheckTilesDto>(tilesUrl({ q, state, limit: FOLD_ABOVE })),
    placeholderData: keepPreviousData,
    on: { tiles: onTiles, refetch: () => REFETCH },
  });
  if (r.isPending)
    return (
      <p role="status" className="card p-4 text-sm text-slate-600 dark:text-slate-400">
        Searching…
      </p>
    );
  if (r.isError)
    return (
      <div role="alert" className="card flex flex-wrap items-center gap-2 p-4 text-sm text-red-800 dark:text-red-300">
        <span>The search failed: {r.error.message}</span>
        <button type="button" onClick={() => void r.refetch()} className="font-medium underline">
          Try again
        </button>
      </div>
    );
  const { services, total, truncated } = r.data;
  if (total === 0) return <p className="card p-4 text-sm text-slate-600 dark:text-slate-400">{noMatch(state, q)}</p>;
  return (
    <div className="flex min-w-0 flex-col gap-4" aria-busy={r.isPlaceholderData}>
      {truncated && (
        <p className="text-sm text-amber-800 dark:text-amber-300">
          Showing the worst {FOLD_ABOVE} of {total} matching checks: narrow the search to see the rest.
        </p>
      )}
      {services.map((s) => (
        <ServiceGroup
          key={s.id}
          service={{ ...s, total: s.checks.length, up: s.checks.filter((c) => c.state === "UP").length }}
          tiles={s.checks}
          folded={false}
          now={now}
        />
      ))}
    </div>
  );
}
