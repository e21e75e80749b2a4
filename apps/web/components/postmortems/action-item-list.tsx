import type { ActionItemDto } from "@opsdeck/core";
import { KIND_LABELS } from "@opsdeck/core/postmortem/fields";
import { Badge } from "@/components/badges/badge";
import { ActionItemStatusBadge } from "@/components/badges/status-badges";
import { personName } from "@/components/incidents/format";
import Link from "next/link";

/** Follow-ups with owner, due date and status; overdue ones are flagged in red. Fits a phone without scrolling. */
type Item = ActionItemDto & { postmortem?: { id: string; title: string; incidentNumber: number } };

export function ActionItemList({ items, showPostmortem = false }: { items: Item[]; showPostmortem?: boolean }) {
  if (items.length === 0) return <p className="text-sm text-slate-500 dark:text-slate-400">No action items.</p>;
  return (
    <ul className="divide-y divide-slate-100 dark:divide-slate-800">
      {items.map((a) => (
        <li
          key={a.id}
          className="flex min-w-0 flex-col gap-1.5 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-start sm:justify-between sm:gap-4"
        >
          <div className="min-w-0">
            <p className="text-sm font-medium break-words">
              {a.url ? (
                <a href={a.url} className="hover:underline" rel="noreferrer noopener">
                  {a.title}
                </a>
              ) : (
                a.title
              )}
            </p>
            {showPostmortem && a.postmortem && (
              <Link
                href={`/postmortems/${a.postmortem.id}`}
                className="text-xs text-slate-600 hover:underline dark:text-slate-400"
              >
                #{a.postmortem.incidentNumber} {a.postmortem.title}
              </Link>
            )}
          </div>
          <div className="flex shrink-0 flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
            <span>{KIND_LABELS[a.kind]}</span>
            <span>{personName(a.owner) ?? "Unassigned"}</span>
            <span className={a.overdue ? "font-semibold text-red-700 dark:text-red-400" : undefined}>
              {a.dueDate ? (
                <>
                  Due <time dateTime={a.dueDate}>{a.dueDate.slice(0, 10)}</time>
                </>
              ) : (
                "No due date"
              )}
            </span>
            <ActionItemStatusBadge status={a.status} />
            {a.overdue && <Badge tone="red">Overdue</Badge>}
          </div>
        </li>
      ))}
    </ul>
  );
}
