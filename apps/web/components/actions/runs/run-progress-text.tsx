import type { ActionRunDto } from "@opsdeck/core";
import { ActionStatusBadge } from "@/components/badges/status-badges";

/** The status badge, and how far a running run has got. */
export function RunStatus({ run }: { run: ActionRunDto }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <ActionStatusBadge status={run.status} />
      {run.status === "RUNNING" && (
        <span className="text-xs text-slate-600 tabular-nums dark:text-slate-300">
          {Math.round(run.progress * 100)} %
        </span>
      )}
      {run.cancelRequestedAt && run.status === "RUNNING" && (
        <span className="text-xs text-amber-800 dark:text-amber-300">stopping</span>
      )}
    </span>
  );
}
