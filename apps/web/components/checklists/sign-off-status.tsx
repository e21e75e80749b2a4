import type { ChecklistRunSummaryDto } from "@opsdeck/core";
import { CheckCircle2 } from "lucide-react";
import { RelativeTime } from "@/components/ui/relative-time";

type Run = Pick<ChecklistRunSummaryDto, "signedOffAt" | "signedOffByName">;

/** "Signed off by Ada, 2 h ago", or plainly "Not signed off". */
export function SignOffStatus({ run }: { run: Run | null }) {
  if (!run?.signedOffAt) return <span className="text-amber-800 dark:text-amber-300">Not signed off</span>;
  return (
    <span className="inline-flex min-w-0 items-center gap-1 text-emerald-700 dark:text-emerald-400">
      <CheckCircle2 className="size-4 shrink-0" aria-hidden />
      <span className="min-w-0 break-words">
        Signed off{run.signedOffByName && ` by ${run.signedOffByName}`}, <RelativeTime iso={run.signedOffAt} pastOnly />
      </span>
    </span>
  );
}
