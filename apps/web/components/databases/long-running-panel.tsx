"use client";

import type { Backend, Section } from "@opsdeck/core/database/dto";
import { useState } from "react";
import { Badge } from "@/components/badges/badge";
import { formatDuration } from "./format";
import { Muted, Panel } from "./panel";
import { TerminateDialog } from "./terminate-dialog";

type Props = {
  databaseId: string;
  databaseName: string;
  section: Section<Backend[]>;
  minSeconds: number;
  canTerminate: boolean;
  onTerminated: () => void;
};

const tone = (state: string) => (state.startsWith("idle in transaction") ? "amber" : "sky");

/** Backends running a query, or holding a transaction open, longer than the threshold; ADMINs may end one. */
export function LongRunningPanel({ databaseId, databaseName, section, minSeconds, canTerminate, onTerminated }: Props) {
  const [ending, setEnding] = useState<Backend | null>(null);
  return (
    <Panel
      id="long-running"
      title="Long-running queries"
      section={section}
      className="lg:col-span-2"
      aside={(list) => `${list.length} running over ${formatDuration(minSeconds * 1000)}`}
    >
      {(list) =>
        list.length === 0 ? (
          <Muted>Nothing has been running or holding a transaction open that long.</Muted>
        ) : (
          <div className="relative overflow-x-auto">
            <table className="table-base table-cards">
              <caption className="sr-only">Long-running backends</caption>
              <thead>
                <tr>
                  <th>pid</th>
                  <th>For</th>
                  <th>State</th>
                  <th>Who</th>
                  <th>Query</th>
                  {canTerminate && <th className="sr-only">Actions</th>}
                </tr>
              </thead>
              <tbody>
                {list.map((b) => (
                  <tr key={`${b.pid}-${b.backendStart}`} data-testid="long-running-row" data-pid={b.pid}>
                    <td className="whitespace-nowrap font-mono tabular-nums" data-label="pid:">
                      {b.pid}
                    </td>
                    <td className="whitespace-nowrap tabular-nums" data-label="For:">
                      {formatDuration(b.seconds * 1000)}
                    </td>
                    <td>
                      <Badge tone={tone(b.state)}>{b.state}</Badge>
                      {b.waitEvent && (
                        <span className="ml-1 text-xs text-slate-500 dark:text-slate-400">waiting: {b.waitEvent}</span>
                      )}
                    </td>
                    <td className="min-w-0 break-words" data-label="Who:">
                      {b.user ?? "?"}
                      {b.application && <span className="text-slate-500 dark:text-slate-400"> · {b.application}</span>}
                    </td>
                    <td className="min-w-0">
                      <code className="line-clamp-3 break-all font-mono text-xs" title={b.query}>
                        {b.query || "(no query text)"}
                      </code>
                    </td>
                    {canTerminate && (
                      <td className="whitespace-nowrap text-right">
                        <button type="button" className="btn-secondary px-2.5 py-1" onClick={() => setEnding(b)}>
                          Terminate…
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
            {ending && (
              <TerminateDialog
                databaseId={databaseId}
                databaseName={databaseName}
                backend={ending}
                onClose={() => setEnding(null)}
                onDone={onTerminated}
              />
            )}
          </div>
        )
      }
    </Panel>
  );
}
