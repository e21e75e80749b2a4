"use client";

import type { Section, SizesDto, TrendsDto } from "@opsdeck/core/database/dto";
import { TrendChart } from "@/components/charts/trend-chart";
import { formatBytes, formatCount, formatGrowth, RANGE_WORDS } from "./format";
import { Panel } from "./panel";

type Props = { section: Section<SizesDto>; trends: TrendsDto; range: string };

/** The database's size and its largest tables, with their growth over the range from the samples. */
export function SizesPanel({ section, trends, range }: Props) {
  return (
    <Panel id="sizes" title="Size" section={section} className="lg:col-span-2">
      {(s) => (
        <div className="grid min-w-0 gap-4 lg:grid-cols-2">
          <div className="min-w-0 space-y-2">
            <p className="text-sm">
              <span className="text-2xl font-semibold tabular-nums">{formatBytes(s.databaseBytes)}</span>{" "}
              <span className="text-slate-600 dark:text-slate-400">
                {formatGrowth(s.databaseGrowthBytes, formatBytes)} {RANGE_WORDS[range]}
              </span>
            </p>
            <TrendChart
              series={trends.databaseSize ? [{ ...trends.databaseSize, label: "database" }] : []}
              stepSeconds={trends.stepSeconds}
              label="Database size"
              format={formatBytes}
            />
            <TrendChart
              series={trends.tableSizes.slice(0, 5)}
              stepSeconds={trends.stepSeconds}
              label="Largest tables' size"
              format={formatBytes}
              empty="No table sizes sampled in this range yet."
            />
          </div>
          <div className="min-w-0 overflow-x-auto">
            <table className="table-base table-cards">
              <caption className="mb-1 text-left text-sm font-medium">Largest tables</caption>
              <thead>
                <tr>
                  <th>Table</th>
                  <th>Total</th>
                  <th>Indexes</th>
                  <th>Rows (est.)</th>
                  <th>Growth</th>
                </tr>
              </thead>
              <tbody>
                {s.tables.map((t) => (
                  <tr key={t.table} data-testid="table-size-row">
                    <td className="min-w-0 break-all font-mono text-xs">{t.table}</td>
                    <td className="whitespace-nowrap tabular-nums" data-label="Total:">
                      {formatBytes(t.totalBytes)}
                    </td>
                    <td className="whitespace-nowrap tabular-nums" data-label="Indexes:">
                      {formatBytes(t.indexBytes)}
                    </td>
                    <td className="whitespace-nowrap tabular-nums" data-label="Rows:">
                      {t.rowEstimate < 0 ? "not analyzed" : formatCount(Math.round(t.rowEstimate))}
                    </td>
                    <td className="whitespace-nowrap tabular-nums" data-label="Growth:">
                      {formatGrowth(t.growthBytes, formatBytes)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </Panel>
  );
}
