"use client";

import type { Section, TrendsDto, VacuumReport } from "@opsdeck/core/database/dto";
import { TrendChart } from "@/components/charts/trend-chart";
import type { MarkerScope } from "@/components/charts/markers/use-chart-markers";
import { RelativeTime } from "@/components/ui/relative-time";
import { formatCount } from "./format";
import { Panel } from "./panel";

const latest = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b));

function When({ iso }: { iso: string | null }) {
  return iso ? <RelativeTime iso={iso} pastOnly /> : <span className="text-slate-500 dark:text-slate-400">never</span>;
}

/** Worth a look: a fifth or more of a table's tuples dead, and enough of them to matter. */
const bloated = (dead: number, live: number) => dead >= 1_000 && dead / (dead + live) >= 0.2;

/** Dead tuples per table with the last (auto)vacuum and (auto)analyze, and the total over the range. */
export function VacuumPanel({
  section,
  trends,
  markers,
}: {
  section: Section<VacuumReport>;
  trends: TrendsDto;
  markers: MarkerScope;
}) {
  return (
    <Panel
      id="vacuum"
      title="Dead tuples and vacuum"
      section={section}
      aside={(v) => `${formatCount(v.deadTuples)} dead of ${formatCount(v.deadTuples + v.liveTuples)} tuples`}
    >
      {(v) => (
        <div className="space-y-3">
          <div className="overflow-x-auto">
            <table className="table-base table-cards">
              <caption className="sr-only">Tables by dead tuples</caption>
              <thead>
                <tr>
                  <th>Table</th>
                  <th>Dead</th>
                  <th>Vacuumed</th>
                  <th>Analyzed</th>
                </tr>
              </thead>
              <tbody>
                {v.tables.slice(0, 8).map((t) => (
                  <tr key={t.table} data-testid="vacuum-row">
                    <td className="min-w-0 break-all font-mono text-xs">{t.table}</td>
                    <td
                      className={`whitespace-nowrap tabular-nums ${bloated(t.deadTuples, t.liveTuples) ? "font-semibold text-amber-700 dark:text-amber-300" : ""}`}
                      data-label="Dead:"
                    >
                      {formatCount(t.deadTuples)}
                      {t.liveTuples + t.deadTuples > 0 && (
                        <span className="text-slate-500 dark:text-slate-400">
                          {" "}
                          ({Math.round((t.deadTuples / (t.liveTuples + t.deadTuples)) * 100)} %)
                        </span>
                      )}
                    </td>
                    <td className="whitespace-nowrap" data-label="Vacuumed:">
                      <When iso={latest(t.lastVacuum, t.lastAutovacuum)} />
                    </td>
                    <td className="whitespace-nowrap" data-label="Analyzed:">
                      <When iso={latest(t.lastAnalyze, t.lastAutoanalyze)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <TrendChart
            series={trends.deadTuples ? [{ ...trends.deadTuples, label: "dead tuples" }] : []}
            markers={markers}
            stepSeconds={trends.stepSeconds}
            label="Dead tuples"
            format={(n) => formatCount(Math.round(n))}
          />
        </div>
      )}
    </Panel>
  );
}
