import type { CheckState } from "@opsdeck/db";
import { Badge, type Tone } from "@/components/badges/badge";

const TONE: Record<CheckState, Tone> = {
  UP: "emerald",
  DEGRADED: "amber",
  DOWN: "red",
  MAINTENANCE: "sky",
  PAUSED: "slate",
  UNKNOWN: "slate",
};

/** Left border of a tile, so the worst tiles stand out even when scanned quickly. */
export const STATE_BORDER: Record<CheckState, string> = {
  UP: "border-l-emerald-500",
  DEGRADED: "border-l-amber-500",
  DOWN: "border-l-red-600",
  MAINTENANCE: "border-l-sky-500",
  PAUSED: "border-l-slate-400",
  UNKNOWN: "border-l-slate-400",
};

/** A check's state as words; colour only reinforces it. */
export function StateBadge({ state }: { state: CheckState }) {
  return <Badge tone={TONE[state]}>{state}</Badge>;
}

/** A check's left border: a stale check's last state is not current, so it gets no state colour. */
export const checkBorder = (state: CheckState, stale: boolean) => (stale ? "border-l-slate-300 dark:border-l-slate-600" : STATE_BORDER[state]);

const STALE_TITLE = "No current result (the worker is not running or not running this check): the state shown is the last known one";

/** A check's state, or STALE with the last known state once results have stopped arriving. */
export function CheckStateBadge({ state, stale }: { state: CheckState; stale: boolean }) {
  if (!stale) return <StateBadge state={state} />;
  return (
    <Badge tone="amber" title={STALE_TITLE}>
      STALE<span className="ml-1 font-normal opacity-80">· was {state}</span>
    </Badge>
  );
}
