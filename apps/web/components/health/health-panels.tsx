"use client";

import type { HealthSummaryDto } from "@opsdeck/core/check/index";
import type { CheckState } from "@opsdeck/db";
import { useDeferredValue, useEffect, useState } from "react";
import { useNow } from "@/components/overview/use-now";
import { FOLD_ABOVE, HEALTHY_SERVICES_SHOWN } from "@opsdeck/core/check/tiles";
import { useWatchChecks } from "@/components/live/use-live-query";
import { tilesWithin, usePainted } from "./first-paint";
import { HealthFilters } from "./health-filters";
import { HealthSearch } from "./health-search";
import { ServiceGroup } from "./service-group";

// A thousand one-line healthy services are not a glance: they are listed a few at a time.
const HEALTHY_SHOWN = HEALTHY_SERVICES_SHOWN;
// The server sends (and the browser hydrates) this many tiles, worst first; the rest follow at once.
const FIRST_PAINT_TILES = 24;

/** The search waits for a pause in typing, so each keystroke is not a request. */
function useSettled(value: string, ms = 250): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return useDeferredValue(settled);
}

/**
 * Service health from the summary: every service worst first, the tiles of checks that need a look,
 * UP checks folded into their service (opening one reads its tiles). A search or state filter asks
 * the server, over every check. With hundreds of tiles, the first screenful comes with the page and
 * the rest are drawn right after it hydrates.
 */
export function HealthPanels({ health }: { health: HealthSummaryDto }) {
  const now = useNow(15_000);
  const [search, setSearch] = useState("");
  const [state, setState] = useState<CheckState | "">("");
  const [healthyShown, setHealthyShown] = useState(HEALTHY_SHOWN);
  const needle = useSettled(search.trim());
  const painted = usePainted();
  const { counts } = health;
  const folded = counts.total > FOLD_ABOVE;
  const problems = counts.byState.DOWN + counts.byState.DEGRADED;
  const healthy = health.services.filter((s) => s.state === "UP");
  const troubled = health.services.filter((s) => s.state !== "UP");
  const cut = health.problems.total - health.problems.shown;
  const groups = [...troubled, ...healthy.slice(0, healthyShown)];
  const shown = tilesWithin(
    groups.map((s) => s.checks),
    painted ? Number.POSITIVE_INFINITY : FIRST_PAINT_TILES,
  );
  // Every tile's check is watched from the start, so the stream opens once for the whole page.
  useWatchChecks(needle || state ? [] : groups.flatMap((s) => s.checks.map((c) => c.id)));
  return (
    <section aria-labelledby="health" className="flex min-w-0 flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="health" className="text-lg font-semibold">
          Health
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <span className={problems ? "font-semibold text-red-700 dark:text-red-400" : undefined}>
            {counts.byState.DOWN} down, {counts.byState.DEGRADED} degraded
          </span>{" "}
          · {counts.byState.UP} of {counts.total} up{counts.stale > 0 && ` · ${counts.stale} stale`}
        </p>
      </div>
      <HealthFilters q={search} state={state} counts={counts.byState} onQ={setSearch} onState={setState} />
      {needle || state ? (
        <HealthSearch q={needle} state={state} now={now} />
      ) : counts.total === 0 ? (
        <p className="card p-4 text-sm text-slate-600 dark:text-slate-400">
          No checks yet. Add one from a service's page.
        </p>
      ) : (
        <div className="flex min-w-0 flex-col gap-4">
          {folded && (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              Checks that are up are folded into their service; search, pick a state or open a service to see them.
            </p>
          )}
          {cut > 0 && (
            <p className="text-sm text-amber-800 dark:text-amber-300">
              Showing the worst {health.problems.shown} of {health.problems.total} checks that are not up: pick a state
              to see the rest.
            </p>
          )}
          {groups.map((s, i) => (
            <ServiceGroup
              key={s.id}
              service={{ ...s, up: s.byState.UP ?? 0 }}
              tiles={shown[i] ?? []}
              folded={folded}
              now={now}
            />
          ))}
          {healthy.length > healthyShown && (
            <button
              type="button"
              onClick={() => setHealthyShown(healthyShown + HEALTHY_SHOWN * 4)}
              className="self-start text-sm font-medium text-sky-700 hover:underline dark:text-sky-400"
            >
              Show {Math.min(HEALTHY_SHOWN * 4, healthy.length - healthyShown)} more of {healthy.length - healthyShown}{" "}
              healthy services
            </button>
          )}
        </div>
      )}
    </section>
  );
}
