"use client";

import type { CheckState } from "@opsdeck/db";
import { Search } from "lucide-react";

export const STATES: readonly CheckState[] = ["DOWN", "DEGRADED", "UNKNOWN", "MAINTENANCE", "PAUSED", "UP"];

type Props = {
  q: string;
  state: CheckState | "";
  counts: Record<CheckState, number>;
  onQ: (q: string) => void;
  onState: (s: CheckState | "") => void;
};

/** Search (service or check name) and state filter; the server answers them over every check. */
export function HealthFilters({ q, state, counts, onQ, onState }: Props) {
  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="relative min-w-0 flex-1 basis-48">
        <label htmlFor="health-q" className="sr-only">
          Search checks
        </label>
        <Search className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-slate-400" aria-hidden />
        <input
          id="health-q"
          type="search"
          value={q}
          onChange={(e) => onQ(e.target.value)}
          placeholder="Search service or check"
          className="input pl-8"
          autoComplete="off"
        />
      </div>
      <div className="min-w-0 basis-44">
        <label htmlFor="health-state" className="sr-only">
          Filter by state
        </label>
        <select
          id="health-state"
          value={state}
          onChange={(e) => onState(e.target.value as CheckState | "")}
          className="input"
        >
          <option value="">All states</option>
          {STATES.map((s) => (
            <option key={s} value={s}>
              {s} ({counts[s]})
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
