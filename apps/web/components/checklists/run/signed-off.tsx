import type { ChecklistRunDto } from "@opsdeck/core";
import { Lock } from "lucide-react";
import { Time } from "@/components/ui/time";

type Run = Pick<ChecklistRunDto, "signedOffAt" | "signedOffByName" | "status" | "dueAt" | "note">;

/** "Signed off by Ada at 2026-12-02 09:14 UTC", with the note: the run is frozen. */
export function SignedOff({ run }: { run: Run }) {
  if (!run.signedOffAt) return null;
  return (
    <div
      className="flex flex-col gap-1.5 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-950 dark:border-emerald-500/40 dark:bg-emerald-950/40 dark:text-emerald-100"
      data-testid="signed-off"
    >
      <p className="flex items-start gap-2 font-medium">
        <Lock className="mt-0.5 size-4 shrink-0" aria-hidden />
        <span className="min-w-0 break-words">
          Signed off{run.signedOffByName && ` by ${run.signedOffByName}`} at{" "}
          <Time iso={run.signedOffAt} className="whitespace-nowrap" />
        </span>
      </p>
      {run.status === "LATE" && run.dueAt && (
        <p>
          Late: it was due <Time iso={run.dueAt} className="whitespace-nowrap" />.
        </p>
      )}
      {run.note && <p className="whitespace-pre-wrap break-words">Note: {run.note}</p>}
      <p className="text-xs text-emerald-900 dark:text-emerald-200">Frozen: its answers can no longer change.</p>
    </div>
  );
}
