import { STATE_ORDER } from "@opsdeck/core/check/tiles";
import type { CheckState } from "@opsdeck/db";

/** "2 down · 1 in maintenance · 7 up": the states some check shows, worst first. */
export const stateCountsText = (counts: Record<CheckState, number>): string =>
  STATE_ORDER.filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${s === "MAINTENANCE" ? "in maintenance" : s.toLowerCase()}`)
    .join(" · ");
