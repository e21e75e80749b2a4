type Props = { progress: number; note: string | null; status: string };

/** How far the run has got, as the worker reports it, with its note. */
export function RunProgress({ progress, note, status }: Props) {
  const pct = Math.round(Math.min(1, Math.max(0, progress)) * 100);
  const done = status === "SUCCEEDED";
  const failed = status === "FAILED" || status === "CANCELLED" || status === "EXPIRED";
  return (
    <div>
      <div className="mb-1 flex flex-wrap items-baseline justify-between gap-2 text-sm">
        <span className="text-slate-700 dark:text-slate-300" data-testid="progress-note">
          {note ??
            (status === "QUEUED"
              ? "Waiting for a worker"
              : status === "AWAITING_APPROVAL"
                ? "Waiting for approval"
                : "")}
        </span>
        <span className="tabular-nums text-slate-600 dark:text-slate-400">{pct} %</span>
      </div>
      <div
        role="progressbar"
        aria-label="Progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={note ? `${pct} %, ${note}` : `${pct} %`}
        className="h-2.5 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        <div
          className={`h-full rounded-full transition-[width] duration-300 ${done ? "bg-emerald-600" : failed ? "bg-red-600" : "bg-sky-600"}`}
          style={{ width: `${pct}%` }}
        />
      </div>
    </div>
  );
}
