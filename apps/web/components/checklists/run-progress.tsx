import type { OutcomeCounts } from "@opsdeck/core";
import { answeredOf } from "@/lib/checklists/answers";
import { ProgressBar } from "./progress-bar";

type Props = { counts: OutcomeCounts; total: number; label: string; detail?: boolean };

/** "5 of 8 answered" above a bar; with `detail`, how the answers split. */
export function RunProgress({ counts, total, label, detail = false }: Props) {
  const answered = answeredOf(counts);
  return (
    <div className="min-w-0">
      <p className="mb-1 flex flex-wrap justify-between gap-x-2 text-xs text-slate-600 dark:text-slate-400">
        <span className="tabular-nums font-medium text-slate-800 dark:text-slate-200" data-testid="run-answered">
          {answered} of {total} answered
        </span>
        {detail && (
          <span className="tabular-nums">
            {counts.done} done · {counts.notDone} not done · {counts.na} N/A
          </span>
        )}
      </p>
      <ProgressBar done={answered} total={total} label={label} />
    </div>
  );
}
