"use client";

import type { Section, SizesDto, TrendsDto } from "@opsdeck/core/database/dto";
import { TrendChart } from "@/components/charts/trend-chart";
import type { MarkerScope } from "@/components/charts/markers/use-chart-markers";
import { formatBytes, formatCount, formatGrowth } from "./format";
import { Panel } from "./panel";

type Props = { section: Section<SizesDto>; trends: TrendsDto; range: string; markers: MarkerScope };

const rows = (estimate: number) => (estimate < 0 ? "not analyzed yet" : `~${formatCount(Math.round(estimate))} rows`);

/** The database's size and its largest tables, with their growth over the range from the samples. */
export function SizesPanel({ section, trends, range, markers }: Props) {
  return (
    <Panel id="sizes" title="Size" section={section} className="lg:col-span-2">
      {(s) => (
        <div className="min-w-0 space-y-4">
          <p className="text-sm">
            <span className="text-2xl font-semibold tabular-nums">{formatBytes(s.databaseBytes)}</span>{" "}
            <span className="text-slate-600 dark:text-slate-400">
              {formatGrowth(s.databaseGrowthBytes, formatBytes, range) ??
                "(growth shows once two samples are in range)"}
            </span>
          </p>
          <div className="grid min-w-0 gap-4 lg:grid-cols-2">
            <TrendChart
              series={trends.databaseSize ? [{ ...trends.databaseSize, label: "database" }] : []}
              markers={markers}
              stepSeconds={trends.stepSeconds}
              label="Database size"
              format={formatBytes}
            />
            <TrendChart
              series={trends.tableSizes.slice(0, 5)}
              markers={markers}
              stepSeconds={trends.stepSeconds}
              label="The five largest tables' size"
              format={formatBytes}
              empty="No table sizes sampled in this range yet."
            />
          </div>
          <div>
            <h3 className="text-sm font-medium">Largest tables</h3>
            <ol className="divide-y divide-slate-100 dark:divide-slate-800" aria-label="Largest tables">
              {s.tables.map((t) => (
                <li key={t.table} className="min-w-0 py-1.5 text-sm" data-testid="table-size-row">
                  <p className="flex min-w-0 justify-between gap-3">
                    <span className="min-w-0 break-all font-mono text-xs">{t.table}</span>
                    <span className="shrink-0 font-medium tabular-nums">{formatBytes(t.totalBytes)}</span>
                  </p>
                  <p className="flex flex-wrap gap-x-3 text-xs text-slate-600 tabular-nums dark:text-slate-400">
                    <span>indexes {formatBytes(t.indexBytes)}</span>
                    <span>{rows(t.rowEstimate)}</span>
                    {t.growthBytes !== null && <span>{formatGrowth(t.growthBytes, formatBytes, range)}</span>}
                  </p>
                </li>
              ))}
            </ol>
          </div>
        </div>
      )}
    </Panel>
  );
}
