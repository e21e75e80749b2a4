"use client";

import type { ChecklistRunDto } from "@opsdeck/core";
import type { ComponentProps } from "react";
import { ChecklistRunStatusBadge } from "@/components/badges/status-badges";
import { Freshness } from "@/components/overview/freshness";
import { RunProgress } from "../run-progress";
import { deadlineTone, useRunClock } from "../use-run-clock";

type Props = { run: ChecklistRunDto; freshness: ComponentProps<typeof Freshness>["of"] };

/** The run at a glance: status, period, how long until due, progress, and how fresh all that is. */
export function RunSummary({ run, freshness }: Props) {
  const { status, deadline } = useRunClock(run, run.status);
  return (
    <section className="card flex min-w-0 flex-col gap-3 p-4" aria-label="This run">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <span data-testid="run-status">
          <ChecklistRunStatusBadge status={status} />
        </span>
        <span className="font-mono font-medium break-all">{run.periodKey}</span>
        {run.checklist.cadence !== "PRE_DEPLOY" && (
          <span className="text-slate-600 dark:text-slate-400">({run.checklist.timeZone})</span>
        )}
        {deadline && <span className={deadlineTone(status)}>{deadline}</span>}
      </div>
      <RunProgress counts={run.counts} total={run.items.length} label="Items answered" detail />
      <Freshness of={freshness} />
    </section>
  );
}
