import type { ChecklistSummaryDto } from "@opsdeck/core";
import { personName } from "@/components/incidents/format";

/** "Assignee: Ada Admin", or the role that may pick it up. */
export function Assignee({ checklist: c }: { checklist: Pick<ChecklistSummaryDto, "assignee" | "assigneeRole"> }) {
  return (
    <>
      Assignee:{" "}
      <span className="font-medium text-slate-800 dark:text-slate-200">
        {personName(c.assignee) ?? `any ${c.assigneeRole.toLowerCase()}`}
      </span>
    </>
  );
}
