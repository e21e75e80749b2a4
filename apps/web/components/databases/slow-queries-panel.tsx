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
          <ol className="divide-y divide-slate-100 dark:divide-slate-800" aria-label="Statements by total time">
            {d.queries.map((q) => (
              <li key={q.queryId} className="min-w-0 py-2" data-testid="slow-query-row">
                <p className="flex flex-wrap gap-x-3 text-sm tabular-nums">
                  <span className="font-semibold">{formatMs(q.totalMs)}</span>
                  <span>{(q.share * 100).toFixed(1)} %</span>
                  <span>{formatCount(q.calls)} calls</span>
                  <span>{formatMs(q.meanMs)} mean</span>
                  <span className="text-slate-600 dark:text-slate-400">{formatCount(q.rows)} rows</span>
                </p>
                <code
                  className="mt-1 line-clamp-2 break-all font-mono text-xs text-slate-700 dark:text-slate-300"
                  title={q.query}
                >
                  {q.query}
                </code>
              </li>
            ))}
          </ol>
        )
      }
    </Panel>
  );
}
