import { STATE_ORDER } from "@opsdeck/core/check/index";

/** "2 down, 7 up": the states some check shows, worst first; "none" without any. */
export const stateSummary = (byState: Partial<Record<string, number>>): string =>
  STATE_ORDER.filter((s) => (byState[s] ?? 0) > 0)
    .map((s) => `${byState[s]} ${s.toLowerCase()}`)
    .join(", ") || "none";
