import { Badge } from "@/components/badges/badge";
import { Time } from "@/components/ui/time";

/** "Overdue" or "Due", with the due time; nothing once published or when no postmortem is required. */
export function DueBadge({ due, dueAt }: { due: "due" | "overdue" | null; dueAt: string | null }) {
  if (!due || !dueAt) return null;
  return (
    <span className="inline-flex items-center gap-1.5 text-xs text-slate-600 dark:text-slate-400">
      <Badge tone={due === "overdue" ? "red" : "amber"}>{due === "overdue" ? "Overdue" : "Due"}</Badge>
      <span>
        {due === "overdue" ? "since" : "by"} <Time iso={dueAt} />
      </span>
    </span>
  );
}
