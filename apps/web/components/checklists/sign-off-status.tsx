import type { ChecklistRunProgressDto } from "@opsdeck/core";
import { CheckCircle2 } from "lucide-react";
import { personName } from "@/components/incidents/format";
import { RelativeTime } from "@/components/ui/relative-time";

/** "Signed off by Ada, 2 h ago", or plainly "Not signed off". */
export function SignOffStatus({ run }: { run: ChecklistRunProgressDto | null }) {
  if (!run?.signedOffAt) return <span className="text-amber-700 dark:text-amber-400">Not signed off</span>;
  return (
    <span className="inline-flex min-w-0 items-center gap-1 text-emerald-700 dark:text-emerald-400">
      <CheckCircle2 className="size-4 shrink-0" aria-hidden />
      <span className="min-w-0 break-words">
        Signed off by {personName(run.signedOffBy) ?? "a deleted user"}, <RelativeTime iso={run.signedOffAt} />
      </span>
    </span>
  );
}
