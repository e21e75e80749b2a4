"use client";

import { AlertTriangle, RefreshCw } from "lucide-react";
import { formatDuration } from "@/components/incidents/format";
import { useNow } from "./use-now";

/** Older than three missed polls counts as stale even without an error (e.g. a sleeping laptop). */
const STALE_AFTER_MS = 35_000;

type Props = { updatedAt: number; failed: boolean; fetching: boolean; error: string | null };

/**
 * "Updated 8 s ago", or a visible warning once the numbers can no longer be trusted to be current.
 * Only the warning is announced: a ticking counter in a live region would talk every second.
 */
export function Freshness({ updatedAt, failed, fetching, error }: Props) {
  const now = useNow(1000);
  const age = now === null ? 0 : Math.max(0, now - updatedAt);
  const stale = failed || age > STALE_AFTER_MS;
  return (
    <div className="min-w-0">
      {stale ? (
        <div className="flex items-start gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-500/40 dark:bg-amber-500/10 dark:text-amber-200">
          <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden />
          <p className="min-w-0 break-words">
            <span role="alert">
              Data may be stale. {failed ? `Refreshing failed${error ? ` (${error})` : ""}; retrying every 10 s.` : "Refreshing…"}
            </span>{" "}
            Last updated {formatDuration(age)} ago.
          </p>
        </div>
      ) : (
        <p className="flex items-center gap-1.5 text-xs text-slate-500 dark:text-slate-400">
          <RefreshCw className={`size-3.5 ${fetching ? "animate-spin" : ""}`} aria-hidden />
          {now === null ? "Live, refreshes every 10 s" : `Updated ${formatDuration(age)} ago · refreshes every 10 s`}
        </p>
      )}
    </div>
  );
}
