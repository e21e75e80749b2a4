import type { ChecklistCadence } from "@opsdeck/db";

// A word preceded by "-" is part of a compound ("bi-weekly", "semi-monthly"), not a cadence.
const RULES: ReadonlyArray<readonly [ChecklistCadence, RegExp]> = [
  ["PRE_DEPLOY", /\bpre[\s-]?deploy(?:ments?|ing|s)?\b/],
  ["PRE_DEPLOY", /\bbefore\s+(?:a\s+|each\s+|every\s+|the\s+)?deploy(?:ments?|ing|s)?\b/],
  ["PRE_DEPLOY", /(?<!post[\s-]?)\bdeploy(?:ment)?\s+check[\s-]?lists?\b/],
  ["DAILY", /(?<![\w-])(?:daily|every\s+day)\b/],
  ["WEEKLY", /(?<![\w-])(?:weekly|every\s+week)\b/],
  ["MONTHLY", /(?<![\w-])(?:monthly|every\s+month)\b/],
  ["QUARTERLY", /(?<![\w-])(?:quarterly|every\s+quarter)\b/],
];

const normalize = (text: string) => text.toLowerCase().replace(/[\u2010-\u2015]/g, "-");

/**
 * The cadence a heading or bold label names, e.g. "Daily Maintenance" → DAILY,
 * "Pre-Deployment Checklist" → PRE_DEPLOY; null when it names none.
 * When it names several, the first one in the text wins.
 */
export function cadenceOfHeading(text: string): ChecklistCadence | null {
  const lower = normalize(text);
  let best: { cadence: ChecklistCadence; at: number } | null = null;
  for (const [cadence, rule] of RULES) {
    const at = lower.search(rule);
    if (at >= 0 && (best === null || at < best.at)) best = { cadence, at };
  }
  return best?.cadence ?? null;
}

/** Whether a heading or label calls its list a checklist ("P0 Response Checklist"). */
export const namesChecklist = (text: string): boolean => /\bcheck[\s-]?lists?\b/.test(normalize(text));
