"use client";

import type { Connections, Section, TrendsDto } from "@opsdeck/core/database/dto";
import { TrendChart } from "@/components/charts/trend-chart";
import type { MarkerScope } from "@/components/charts/markers/use-chart-markers";
import { Panel } from "./panel";

const SHOWN = ["active", "idle", "idle in transaction", "idle in transaction (aborted)", "unknown"] as const;
const COLORS = {
  active: "#059669",
  idle: "#94a3b8",
  "idle in transaction": "#d97706",
  "idle in transaction (aborted)": "#dc2626",
};
const TONE: Partial<Record<(typeof SHOWN)[number], string>> = {
  "idle in transaction": "text-amber-700 dark:text-amber-300",
  "idle in transaction (aborted)": "text-red-700 dark:text-red-300",
};

function Usage({ c }: { c: Connections }) {
  const usable = Math.max(1, c.maxConnections - c.reservedConnections);
  const pct = Math.min(100, Math.round((c.serverTotal / usable) * 100));
  const bar = pct >= 80 ? "bg-red-600" : pct >= 60 ? "bg-amber-500" : "bg-emerald-600";
  return (
    <div>
      <p className="text-sm">
        <span className="text-2xl font-semibold tabular-nums">{c.serverTotal}</span> of{" "}
        <span className="tabular-nums">{usable}</span> usable connections on the server ({pct} %)
      </p>
      <div className="mt-2 h-2 w-full overflow-hidden rounded bg-slate-200 dark:bg-slate-800" aria-hidden>
        <div className={`h-full ${bar}`} style={{ width: `${pct}%` }} />
      </div>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        max_connections {c.maxConnections}, of which {c.reservedConnections} reserved for superusers.
      </p>
    </div>
  );
}

/** Connections by state in this database against the server's max_connections, and their peaks over the range. */
export function ConnectionsPanel({
  section,
  trends,
  markers,
}: {
  section: Section<Connections>;
  trends: TrendsDto;
  markers: MarkerScope;
}) {
  return (
    <Panel id="connections" title="Connections" section={section}>
      {(c) => (
        <div className="space-y-3">
          <Usage c={c} />
          <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
            {SHOWN.filter((s) => s !== "unknown" || c.states.unknown > 0).map((s) => (
              <div key={s} className="flex min-w-0 justify-between gap-2">
                <dt className={`min-w-0 ${TONE[s] ?? "text-slate-600 dark:text-slate-400"}`}>
                  {s === "unknown" ? "hidden (no pg_read_all_stats)" : s}
                </dt>
                <dd className="tabular-nums font-medium">{c.states[s]}</dd>
              </div>
            ))}
          </dl>
          <TrendChart
            series={trends.connections}
            markers={markers}
            colors={COLORS}
            stepSeconds={trends.stepSeconds}
            label="Peak connections to this database by state"
            format={(v) => String(Math.round(v))}
            stacked
            limit={trends.maxConnections ? { value: trends.maxConnections, label: "max_connections" } : null}
          />
        </div>
      )}
    </Panel>
  );
}
