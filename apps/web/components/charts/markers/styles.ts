import type { MarkerKind } from "@opsdeck/core/marker/dto";

/**
 * How each kind of marker is drawn: the shape on top of its line (`glyph.tsx`) and the dash pattern
 * tell them apart without colour; the colour (AA on light and dark cards) is a third cue. The classes set
 * `color`, which the line and the shape take through currentColor.
 */
export const MARKER_STYLE: Record<MarkerKind, { name: string; dash: string; color: string }> = {
  incident: { name: "Incident", dash: "", color: "text-red-700 dark:text-red-400" },
  resolved: { name: "Resolved", dash: "2 3", color: "text-emerald-700 dark:text-emerald-400" },
  deploy: { name: "Deploy", dash: "6 3", color: "text-blue-700 dark:text-blue-400" },
  action: { name: "Action", dash: "8 3 2 3", color: "text-violet-700 dark:text-violet-400" },
};
