"use client";

import type { Section, SlowQueries } from "@opsdeck/core/database/dto";
import { Time } from "@/components/ui/time";
import { formatCount, formatMs, RANGE_WORDS } from "./format";
import { Muted, Panel } from "./panel";

function Window({ data, range }: { data: SlowQueries; range: string }) {
  if (!data.sinceReset) return <>{RANGE_WORDS[range] ?? range}</>;
  return data.since ? (
    <>
      since the statistics were reset (<Time iso={data.since} />
      ): no older snapshot yet
    </>
  ) : (
    <>since the statistics were last reset</>
  );
}

/** The statements that took the most time in the window: the difference of two pg_stat_statements readings. */
export function SlowQueriesPanel({ section, range }: { section: Section<SlowQueries>; range: string }) {
  return (
    <Panel
      id="slow-queries"
      title="Slow queries"
      section={section}
      className="lg:col-span-2"
      aside={(d) => (
        <>
          {formatMs(d.totalMs)} of statement time <Window data={d} range={range} />
        </>
      )}
    >
      {(d) =>
        d.queries.length === 0 ? (
          <Muted>No statements ran in this window.</Muted>
        ) : (
          <div className="overflow-x-auto">
            <table className="table-base table-cards">
              <caption className="sr-only">Statements by total time</caption>
              <thead>
                <tr>
                  <th>Total</th>
                  <th>Share</th>
                  <th>Calls</th>
                  <th>Mean</th>
                  <th>Rows</th>
                  <th>Query</th>
                </tr>
              </thead>
              <tbody>
                {d.queries.map((q) => (
                  <tr key={q.queryId} data-testid="slow-query-row">
                    <td className="whitespace-nowrap tabular-nums" data-label="Total:">
                      {formatMs(q.totalMs)}
                    </td>
                    <td className="whitespace-nowrap tabular-nums" data-label="Share:">
                      {(q.share * 100).toFixed(1)} %
                    </td>
                    <td className="whitespace-nowrap tabular-nums" data-label="Calls:">
                      {formatCount(q.calls)}
                    </td>
                    <td className="whitespace-nowrap tabular-nums" data-label="Mean:">
                      {formatMs(q.meanMs)}
                    </td>
                    <td className="whitespace-nowrap tabular-nums" data-label="Rows:">
                      {formatCount(q.rows)}
                    </td>
                    <td className="min-w-0">
                      <code className="line-clamp-3 break-all font-mono text-xs" title={q.query}>
                        {q.query}
                      </code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      }
    </Panel>
  );
}
