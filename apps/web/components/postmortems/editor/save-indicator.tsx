"use client";

import { formatTime } from "@opsdeck/core/time/format";
import { useTimeZone } from "@/components/shell/time-zone";
import type { SaveStatus } from "./use-autosave";

/** "Saved 14:05", "Saving…", "Not saved: …": what happened to what was typed. */
export function SaveIndicator({ status, unsaved }: { status: SaveStatus; unsaved: boolean }) {
  const zone = useTimeZone();
  const [text, tone] =
    status.kind === "saving"
      ? ["Saving…", "text-slate-600 dark:text-slate-400"]
      : status.kind === "error"
        ? [`Not saved: ${status.message}`, "text-red-700 dark:text-red-400"]
        : status.kind === "pending" || unsaved
          ? ["Unsaved changes", "text-slate-600 dark:text-slate-400"]
          : status.kind === "saved"
            ? [`Saved ${formatTime(status.at, zone)}`, "text-emerald-700 dark:text-emerald-400"]
            : ["All changes saved", "text-slate-600 dark:text-slate-400"];
  return (
    <p role="status" aria-live="polite" data-testid="save-status" className={`text-sm ${tone}`}>
      {text}
    </p>
  );
}
