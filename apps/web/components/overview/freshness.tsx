"use client";

import { AlertTriangle, RefreshCw, Zap } from "lucide-react";
import { formatDuration } from "@/components/incidents/format";
import { useLive } from "@/components/live/live-provider";
import type { LiveMode } from "@/lib/live/connection";
import { useNow } from "./use-now";

/** Older than three missed polls (or two missed pings when live) counts as stale even without an error. */
const STALE_AFTER_MS = 35_000;

/** What a live query says about itself (see useLiveQuery). */
type Props = {
  of: { updatedAt: number; mode: LiveMode; isError: boolean; isFetching: boolean; error: Error | null };
};

const HOW: Record<LiveMode, string> = {
  connecting: "connecting to live updates",
  live: "live",
  reconnecting: "live updates reconnecting",
  polling: "live updates unavailable, refreshes every 10 s",
};

/**
 * "Updated 8 s ago · live", or a visible warning once the numbers can no longer be trusted to be
 * current. Only the warning is announced: a ticking counter in a live region would talk every second.
 */
export function Freshness({ of }: Props) {
  const { updatedAt, mode, isError: failed, isFetching: fetching } = of;
  const error = of.error?.message ?? null;
  const now = useNow(1000);
  const conn = useLive();
  // While live, a quiet stream still says "nothing changed" with every ping: that counts as updated.
  const heard = mode === "live" ? Math.max(updatedAt, conn.lastHeardAt) : updatedAt;
  const age = now === null ? 0 : Math.max(0, now - heard);
  const stale = failed || mode === "reconnecting" || age > STALE_AFTER_MS;
  const why = failed
    ? `Refreshing failed${error ? ` (${error})` : ""}; retrying every 10 s.`
    : mode === "reconnecting"
      ? "Live updates are reconnecting."
      : "Refreshing…";
  return (
    <div className="min-w-0" data-testid="freshness" data-mode={mode}>
      {stale ? (
        <div className="flex items-start gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-500/40 dark:bg-amber-500/10 dark:text-amber-200">
          <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden />
          <p className="min-w-0 break-words">
            <span role="alert">Data may be stale. {why}</span> Last updated {formatDuration(age)} ago.
          </p>
        </div>
      ) : (
        <p className="flex items-center gap-1.5 text-xs text-slate-500 dark:text-slate-400">
          {mode === "live" ? (
            <Zap className="size-3.5" aria-hidden />
          ) : (
            <RefreshCw className={`size-3.5 ${fetching ? "animate-spin" : ""}`} aria-hidden />
          )}
          {now === null ? `Updated just now · ${HOW[mode]}` : `Updated ${formatDuration(age)} ago · ${HOW[mode]}`}
        </p>
      )}
    </div>
  );
}
