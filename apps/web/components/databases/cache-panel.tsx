"use client";

import type { CacheStats, Section, TrendsDto } from "@opsdeck/core/database/dto";
import { TrendChart } from "@/components/charts/trend-chart";
import type { MarkerScope } from "@/components/charts/markers/use-chart-markers";
import { formatRatio } from "./format";
import { Panel } from "./panel";

/** Judged as shown (to 0.1 %), so a figure that reads 99.0 % is not marked below 99 %. */
const tone = (r: number | null) => {
  const shown = r === null ? null : Math.round(r * 1000) / 1000;
  if (shown === null) return "";
  return shown < 0.9 ? "text-red-700 dark:text-red-300" : shown < 0.99 ? "text-amber-700 dark:text-amber-300" : "";
};

/** Share of reads served from shared buffers: since the statistics' reset, and between samples over the range. */
export function CachePanel({
  section,
  trends,
  markers,
}: {
  section: Section<CacheStats>;
  trends: TrendsDto;
  markers: MarkerScope;
}) {
  return (
    <Panel id="cache" title="Cache hit ratio" section={section}>
      {(c) => (
        <div className="space-y-3">
          <dl className="grid grid-cols-2 gap-3">
            {[
              ["Tables", c.tableHitRatio],
              ["Indexes", c.indexHitRatio],
            ].map(([name, r]) => (
              <div key={name as string}>
                <dt className="text-xs text-slate-600 dark:text-slate-400">{name}</dt>
                <dd className={`text-2xl font-semibold tabular-nums ${tone(r as number | null)}`}>
                  {formatRatio(r as number | null)}
                </dd>
              </div>
            ))}
          </dl>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            Since the statistics were reset; under 99 % on a busy database usually means it needs more memory.
          </p>
          <TrendChart
            series={trends.cacheHitRatio ? [{ ...trends.cacheHitRatio, label: "hit ratio" }] : []}
            markers={markers}
            stepSeconds={trends.stepSeconds}
            label="Cache hit ratio between samples"
            format={(v) => `${(v * 100).toFixed(1)} %`}
            domain={[(min: number) => Math.min(0.9, Math.floor(min * 20) / 20), 1]}
            empty="No reads between samples in this range yet."
          />
        </div>
      )}
    </Panel>
  );
}
