import type { PostmortemSummaryDto } from "@opsdeck/core";

/** "3 action items: 1 open · 1 in progress · 1 done" */
export function ActionItemCounts({ counts: c }: { counts: PostmortemSummaryDto["actionItems"] }) {
  if (c.total === 0) return <span className="text-slate-500 dark:text-slate-400">No action items</span>;
  return (
    <span>
      <span className="font-medium">
        {c.total} action item{c.total === 1 ? "" : "s"}
      </span>
      <span className="text-slate-500 dark:text-slate-400">
        : {c.OPEN} open · {c.IN_PROGRESS} in progress · {c.DONE} done
      </span>
      {c.overdue > 0 && <span className="font-medium text-red-700 dark:text-red-400"> · {c.overdue} overdue</span>}
    </span>
  );
}
