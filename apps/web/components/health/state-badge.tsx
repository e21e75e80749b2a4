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
