import type { ActionItemDto } from "@opsdeck/core";
import { Badge } from "@/components/badges/badge";
import { ActionItemStatusBadge } from "@/components/badges/status-badges";
import { personName } from "@/components/incidents/format";
import { Time } from "@/components/ui/time";

/** Follow-ups with owner, due date and status; overdue ones are flagged in red. Fits a phone without scrolling. */
export function ActionItemList({ items }: { items: ActionItemDto[] }) {
  if (items.length === 0) return <p className="text-sm text-slate-500 dark:text-slate-400">No action items.</p>;
  return (
    <ul className="divide-y divide-slate-100 dark:divide-slate-800">
      {items.map((a) => (
        <li key={a.id} className="flex min-w-0 flex-col gap-1.5 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
          <p className="min-w-0 text-sm font-medium break-words">{a.title}</p>
          <div className="flex shrink-0 flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
            <span>{personName(a.owner) ?? "Unassigned"}</span>
            <span className={a.overdue ? "font-semibold text-red-700 dark:text-red-400" : undefined}>{a.dueDate ? (
                <>
                  Due <Time iso={a.dueDate} as="date" />
                </>
              ) : (
                "No due date"
              )}</span>
            <ActionItemStatusBadge status={a.status} />
            {a.overdue && <Badge tone="red">Overdue</Badge>}
          </div>
        </li>
      ))}
    </ul>
  );
}
