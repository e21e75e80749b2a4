"use client";

import type { ActionRunDetailDto } from "@opsdeck/core";
import { ACTION_LABEL } from "@opsdeck/core/action/kinds";
import { ActionStatusBadge } from "@/components/badges/status-badges";
import { useLiveQuery } from "@/components/live/use-live-query";
import { Freshness } from "@/components/overview/freshness";
import { fetchJson } from "@/lib/api/fetch-json";
import { appendRunLog, patchRunProgress, refetchRun } from "../live-patch";
import { runKey } from "./confirm-run-dialog";
import { type Viewer, RunButtons } from "./run-buttons";
import { RunFacts } from "./run-facts";
import { RunLog } from "./run-log";
import { RunProgress } from "./run-progress";
import { RunResult } from "./run-result";

type Props = { initial: ActionRunDetailDto; renderedAt: number; liveFrom: number; viewer: Viewer };

const Panel = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <section className="card min-w-0 p-4" aria-label={title}>
    <h2 className="mb-3 font-semibold">{title}</h2>
    {children}
  </section>
);

/** One run: status and progress move live, log lines stream in, the result appears when it ends. */
export function RunView({ initial, renderedAt, liveFrom, viewer }: Props) {
  const q = useLiveQuery({
    queryKey: runKey(initial.id),
    queryFn: () => fetchJson<ActionRunDetailDto>(`/api/v1/actions/${initial.id}`),
    initialData: initial,
    initialDataUpdatedAt: renderedAt,
    from: liveFrom,
    on: {
      "action.changed": refetchRun,
      "action.finished": refetchRun,
      "action.progress": patchRunProgress,
      "action.log": appendRunLog,
    },
  });
  const r = q.data ?? initial;
  return (
    <>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-3">
        <div className="min-w-0">
          <h1 className="flex flex-wrap items-center gap-3 text-2xl font-semibold tracking-tight">
            <span>
              #{r.number} {ACTION_LABEL[r.kind]} · {r.target.name}
            </span>
            <span data-testid="run-status">
              <ActionStatusBadge status={r.status} />
            </span>
          </h1>
        </div>
        <RunButtons run={r} viewer={viewer} />
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="flex min-w-0 flex-col gap-6">
          <Panel title="Progress">
            <RunProgress progress={r.progress} note={r.progressNote} status={r.status} />
            {r.error && (
              <div
                role="alert"
                className="mt-3 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-500/40 dark:bg-red-500/10 dark:text-red-300"
              >
                <p className="font-semibold">Error</p>
                <p className="break-words">{r.error}</p>
              </div>
            )}
          </Panel>
          <section className="card min-w-0 p-4" aria-labelledby="run-log">
            <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="run-log" className="font-semibold">
                Log
              </h2>
              <Freshness of={q} />
            </div>
            <RunLog lines={r.log} truncated={r.logTruncated} />
          </section>
          {r.result && (
            <Panel title="Result">
              <RunResult run={r} />
            </Panel>
          )}
        </div>
        <div className="min-w-0 self-start">
          <Panel title="Details">
            <RunFacts run={r} />
          </Panel>
        </div>
      </div>
    </>
  );
}
