"use client";

import type { NextUpdateDto } from "@opsdeck/core/incident/update-due";
import { updateDueState } from "@opsdeck/core/incident/update-due";
import { useNow } from "@/components/overview/use-now";
import { formatDuration } from "./format";

const TONE = {
  ok: "text-slate-600 dark:text-slate-300",
  soon: "font-medium text-amber-700 dark:text-amber-400",
  overdue: "font-medium text-red-700 dark:text-red-400",
};

/** A list's line for the next status update: "Update in 25 min", amber when close, red once overdue. */
export function UpdateDueLine({ next }: { next: NextUpdateDto }) {
  const now = useNow(15_000);
  if (now === null) return null;
  const { remainingMs, tone } = updateDueState(next, now);
  return (
    <span className={`block ${TONE[tone]}`} data-tone={tone}>
      {tone === "overdue"
        ? `Update overdue ${formatDuration(-remainingMs)}`
        : `Update in ${formatDuration(remainingMs)}`}
    </span>
  );
}
