import type { ChecklistRunProgressDto } from "@opsdeck/core";
import { Time } from "@/components/ui/time";
import { SignOffStatus } from "./sign-off-status";

/** The latest runs of one checklist, newest first; a list rather than a table so it fits a phone. */
export function RecentRuns({ runs }: { runs: ChecklistRunProgressDto[] }) {
  if (runs.length === 0) return <p className="text-sm text-slate-500 dark:text-slate-400">No runs yet.</p>;
  return (
    <ul className="divide-y divide-slate-100 dark:divide-slate-800">
      {runs.map((r) => (
        <li key={r.id} className="flex min-w-0 flex-col gap-1 py-2.5 text-sm first:pt-0 last:pb-0">
          <div className="flex flex-wrap items-baseline justify-between gap-x-3">
            <span className="font-mono text-xs font-medium break-all">{r.periodKey}</span>
            <span className="tabular-nums text-slate-600 dark:text-slate-300">
              {r.done} / {r.total} done
            </span>
          </div>
          <span className="text-xs text-slate-500 dark:text-slate-400">Started <Time iso={r.startedAt} /></span>
          <SignOffStatus run={r} />
        </li>
      ))}
    </ul>
  );
}
