import type { ChecklistSummaryDto } from "@opsdeck/core";
import { CADENCE_LABEL } from "@/components/badges/status-badges";
import { Assignee } from "./assignee";

/** Cadence, due time in the checklist's zone, assignee and source, in one wrapping line. */
export function ChecklistFacts({ checklist: c }: { checklist: ChecklistSummaryDto }) {
  return (
    <p className="mb-6 -mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
      <span className="font-medium text-slate-800 dark:text-slate-200">{CADENCE_LABEL[c.cadence]}</span>
      <span>{c.dueText ? `${c.dueText} (${c.timeZone})` : "A run for each deploy, started by hand"}</span>
      <span>
        <Assignee checklist={c} />
      </span>
      {c.source && <span>From {c.source}</span>}
      {c.archivedAt && <span className="font-medium text-amber-800 dark:text-amber-300">Archived</span>}
    </p>
  );
}
