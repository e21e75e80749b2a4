import type { ChecklistSummaryDto } from "@opsdeck/core";

/** Calendar checklists show this period; pre-deploy ones their latest run, if any. */
export function PeriodLabel({ checklist: c }: { checklist: Pick<ChecklistSummaryDto, "currentPeriodKey" | "run"> }) {
  const key = c.currentPeriodKey ?? c.run?.periodKey;
  if (!key) return <span className="text-slate-600 dark:text-slate-400">No runs yet</span>;
  return (
    <span className="min-w-0 break-all">
      <span className="text-slate-600 dark:text-slate-400">{c.currentPeriodKey ? "Period" : "Latest run"}</span>{" "}
      <span className="font-mono text-slate-800 dark:text-slate-200">{key}</span>
    </span>
  );
}
