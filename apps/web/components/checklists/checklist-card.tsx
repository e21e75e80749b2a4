"use client";

import type { ChecklistSummaryDto } from "@opsdeck/core";
import Link from "next/link";
import { CADENCE_LABEL, ChecklistRunStatusBadge } from "@/components/badges/status-badges";
import { missAfterOf } from "@/lib/checklists/deadline";
import { Assignee } from "./assignee";
import { PeriodLabel } from "./period-label";
import { RunProgress } from "./run-progress";
import { SignOffStatus } from "./sign-off-status";
import { deadlineTone, useRunClock } from "./use-run-clock";

const CARD_TONE: Partial<Record<string, string>> = {
  MISSED: "border-red-400 bg-red-50 dark:border-red-500/60 dark:bg-red-950/40",
  OVERDUE: "border-amber-400 bg-amber-50 dark:border-amber-500/60 dark:bg-amber-950/30",
};

/** One checklist: its current run's status and progress, when it is due, and whose it is. */
export function ChecklistCard({ checklist: c }: { checklist: ChecklistSummaryDto }) {
  const r = c.run;
  const { status, deadline } = useRunClock(
    r && { ...r, missAfter: missAfterOf(r.dueAt, c.graceMinutes) },
    r?.status ?? null,
  );
  const open = { done: 0, notDone: 0, na: 0, open: c.itemCount };
  return (
    <li
      className={`card relative flex min-w-0 flex-col gap-3 p-4 ${CARD_TONE[status ?? ""] ?? ""}`}
      data-testid="checklist-card"
      data-status={status ?? "NOT_STARTED"}
    >
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
            {CADENCE_LABEL[c.cadence]}
          </p>
          <h3 className="font-semibold break-words">
            {/* The link covers the card: the whole card is one big target on a phone. */}
            <Link
              href={`/checklists/${c.slug}`}
              className="rounded-sm after:absolute after:inset-0 after:content-[''] hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-600"
            >
              {c.name}
            </Link>
          </h3>
        </div>
        <ChecklistRunStatusBadge status={status} />
      </div>
      <RunProgress counts={r?.counts ?? open} total={r?.total ?? c.itemCount} label={`${c.name}: items answered`} />
      <div className="flex flex-col gap-1 text-sm">
        <p className="text-xs">
          <PeriodLabel checklist={c} />
        </p>
        {c.dueText ? (
          <p className="text-slate-700 dark:text-slate-300">
            {c.dueText} <span className="text-slate-600 dark:text-slate-400">({c.timeZone})</span>
            {deadline && <span className={`block ${deadlineTone(status)}`}>{deadline}</span>}
          </p>
        ) : (
          <p className="text-slate-700 dark:text-slate-300">A run for each deploy</p>
        )}
        {r?.signedOffAt && <SignOffStatus run={r} />}
      </div>
      <p className="mt-auto text-sm text-slate-600 dark:text-slate-400">
        <Assignee checklist={c} />
      </p>
    </li>
  );
}
