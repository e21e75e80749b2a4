import { ProgressBar } from "./progress-bar";

/** "4 / 6 done" above a bar. */
export function RunProgress({ done, total, label }: { done: number; total: number; label: string }) {
  return (
    <div className="min-w-0">
      <p className="mb-1 flex justify-between gap-2 text-xs text-slate-600 dark:text-slate-400">
        <span>Progress</span>
        <span className="tabular-nums">
          {done} / {total} done
        </span>
      </p>
      <ProgressBar done={done} total={total} label={label} />
    </div>
  );
}
