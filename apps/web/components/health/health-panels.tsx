"use client";

import type { CheckTilesDto } from "@opsdeck/core/check/index";
import type { CheckState } from "@opsdeck/db";
import { useQuery } from "@tanstack/react-query";
import { useDeferredValue, useMemo, useState } from "react";
import { Freshness } from "@/components/overview/freshness";
import { useNow } from "@/components/overview/use-now";
import { fetchJson } from "@/lib/api/fetch-json";
import { countChecks, FOLD_ABOVE, startsFolded } from "@/lib/health/fold";
import { HealthFilters, STATES } from "./health-filters";
import { ServiceGroup } from "./service-group";

const fetchTiles = () => fetchJson<CheckTilesDto>("/api/v1/checks");

type Props = { initial: CheckTilesDto; complete: boolean; renderedAt: number };

/**
 * Every check's tile, grouped by service, worst first; polls every 10 s from the server's first
 * render. An incomplete first copy (hidden sparklines left out) is refetched as soon as it mounts.
 */
/** An empty result says what was asked: "nothing is down" is news, not a failed search. */
function noMatch(state: CheckState | "", needle: string): string {
  const what = state === "MAINTENANCE" ? "in maintenance" : state.toLowerCase();
  if (state && !needle) return `Nothing is ${what}.`;
  if (state) return `No check matching "${needle}" is ${what}.`;
  return `No check matches "${needle}".`;
}

export function HealthPanels({ initial, complete, renderedAt }: Props) {
  const q = useQuery({
    queryKey: ["check-tiles"],
    queryFn: fetchTiles,
    initialData: initial,
    initialDataUpdatedAt: renderedAt,
    ...(complete ? {} : { staleTime: 0 }),
    refetchInterval: 10_000,
  });
  const now = useNow(15_000);
  const [search, setSearch] = useState("");
  const [state, setState] = useState<CheckState | "">("");
  const needle = useDeferredValue(search.trim().toLowerCase());
  const counts = useMemo(() => {
    const c = Object.fromEntries(STATES.map((s) => [s, 0])) as Record<CheckState, number>;
    for (const s of q.data.services) for (const t of s.checks) c[t.state]++;
    return c;
  }, [q.data]);
  const services = useMemo(
    () =>
      q.data.services
        .map((s) => {
          const serviceHit = !needle || s.name.toLowerCase().includes(needle) || s.slug.includes(needle);
          const checks = s.checks.filter(
            (t) => (!state || t.state === state) && (serviceHit || t.name.toLowerCase().includes(needle)),
          );
          return checks.length === s.checks.length ? s : { ...s, checks };
        })
        .filter((s) => s.checks.length > 0),
    [q.data, needle, state],
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
          · {counts.UP} of {q.data.total} up
        </p>
      </div>
      <Freshness
        updatedAt={q.dataUpdatedAt}
        failed={q.isError}
        fetching={q.isFetching}
        error={q.error?.message ?? null}
      />
      <HealthFilters q={search} state={state} counts={counts} onQ={setSearch} onState={setState} />
      {q.data.truncated && (
        <p className="text-sm text-amber-800 dark:text-amber-300">
          Showing the worst {countChecks(q.data.services)} of {q.data.total} checks.
        </p>
      )}
      {shown > FOLD_ABOVE && (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Checks that are up are folded into their service; search, pick a state or open a service to see them.
        </p>
      )}
      {q.data.total === 0 ? (
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
