"use client";

import type { RunStatus } from "@opsdeck/core/checklist/run-status";
import { useNow } from "@/components/overview/use-now";
import { type Deadlines, deadlineText, statusAt } from "@/lib/checklists/deadline";

/**
 * A run's status and "due in 2 h" kept current by the clock, so a page left open turns overdue and
 * missed on time; the server's status until mounted.
 */
export function useRunClock(d: Deadlines | null, fallback: RunStatus | null) {
  const now = useNow(15_000);
  if (!d || now === null) return { status: fallback, deadline: null };
  return { status: statusAt(d, now), deadline: deadlineText(d, now) };
}

/** Text colour for a deadline in this status: red once missed, amber while overdue. */
export const deadlineTone = (status: RunStatus | null): string =>
  status === "MISSED"
    ? "font-medium text-red-700 dark:text-red-400"
    : status === "OVERDUE"
      ? "font-medium text-amber-800 dark:text-amber-300"
      : "text-slate-600 dark:text-slate-400";
