"use client";

import type { CheckTilesDto } from "@opsdeck/core/check/index";
import type { CheckState } from "@opsdeck/db";
import { useDeferredValue, useMemo, useState } from "react";
import { REFETCH, useLiveQuery } from "@/components/live/use-live-query";
import { Freshness } from "@/components/overview/freshness";
import { useNow } from "@/components/overview/use-now";
import { fetchJson } from "@/lib/api/fetch-json";
import type { TileHistoryPatch, TileStatePatch } from "@opsdeck/core/check/tile-patches";
import { patchTiles } from "@/lib/live/patch-tiles";
import { countChecks, FOLD_ABOVE, startsFolded } from "@/lib/health/fold";
import { HealthFilters } from "./health-filters";
import { ServiceGroup } from "./service-group";

const fetchTiles = () => fetchJson<CheckTilesDto>("/api/v1/checks");

type Props = { initial: CheckTilesDto; complete: boolean; renderedAt: number; liveFrom: number };

/** An empty result says what was asked: "nothing is down" is news, not a failed search. */
function noMatch(state: CheckState | "", needle: string): string {
  const what = state === "MAINTENANCE" ? "in maintenance" : state.toLowerCase();
  if (state && !needle) return `Nothing is ${what}.`;
  if (state) return `No check matching "${needle}" is ${what}.`;
  return `No check matches "${needle}".`;
}

type TilesPayload = { states: TileStatePatch[]; histories: TileHistoryPatch[] };
const onTiles = (data: CheckTilesDto, p: Record<string, unknown>) => {
  const next = patchTiles(data, p as TilesPayload);
  return next === "refetch" ? REFETCH : next;
};

/**
 * Every check's tile, grouped by service, worst first; patched from the event stream (state changes of
 * every check, results and history of the tiles on screen). An incomplete first copy (hidden
 * sparklines left out) is refetched as soon as it mounts.
 */
export function HealthPanels({ initial, complete, renderedAt, liveFrom }: Props) {
  const q = useLiveQuery({
    queryKey: ["check-tiles"],
    queryFn: fetchTiles,
    initialData: initial,
    initialDataUpdatedAt: renderedAt,
    ...(complete ? {} : { staleTime: 0 }),
    from: liveFrom,
    on: { tiles: onTiles, refetch: () => REFETCH },
  });
  const data = q.data ?? initial;
  const now = useNow(15_000);
  const [search, setSearch] = useState("");
  const [state, setState] = useState<CheckState | "">("");
  const needle = useDeferredValue(search.trim().toLowerCase());
  // The headline counts every check (one aggregate on the server), never only the tiles loaded.
  const counts = data.counts.byState;
  const services = useMemo(
    () =>
      data.services
        .map((s) => {
          const serviceHit = !needle || s.name.toLowerCase().includes(needle) || s.slug.includes(needle);
          const checks = s.checks.filter(
            (t) => (!state || t.state === state) && (serviceHit || t.name.toLowerCase().includes(needle)),
          );
          return checks.length === s.checks.length ? s : { ...s, checks };
        })
        .filter((s) => s.checks.length > 0),
    [data, needle, state],
  );
  const shown = countChecks(services);
  const problems = counts.DOWN + counts.DEGRADED;
  return (
    <section aria-labelledby="health" className="flex min-w-0 flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="health" className="text-lg font-semibold">
          Health
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <span className={problems ? "font-semibold text-red-700 dark:text-red-400" : undefined}>
            {counts.DOWN} down, {counts.DEGRADED} degraded
          </span>{" "}
          · {counts.UP} of {data.counts.total} up
        </p>
      </div>
      <Freshness of={q} />
      <HealthFilters q={search} state={state} counts={counts} onQ={setSearch} onState={setState} />
      {data.truncated && (
        <p className="text-sm text-amber-800 dark:text-amber-300">
          Showing the worst {countChecks(data.services)} of {data.total} checks.
        </p>
      )}
      {shown > FOLD_ABOVE && (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Checks that are up are folded into their service; search, pick a state or open a service to see them.
        </p>
      )}
      {data.total === 0 ? (
        <p className="card p-4 text-sm text-slate-500 dark:text-slate-400">
          No checks yet. Add one from a service's page.
        </p>
      ) : shown === 0 ? (
        <p className="card p-4 text-sm text-slate-500 dark:text-slate-400">{noMatch(state, needle)}</p>
      ) : (
        <div className="flex min-w-0 flex-col gap-4">
          {services.map((s) => (
            <ServiceGroup key={s.id} service={s} now={now} folded={startsFolded(s, shown)} />
          ))}
        </div>
      )}
    </section>
  );
}
