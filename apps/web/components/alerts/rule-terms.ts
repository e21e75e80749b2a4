import type { AlertRuleDto } from "@opsdeck/core";
import { COMPARATOR_TEXT } from "@opsdeck/core/alert/evaluate";

const duration = (s: number) => (s % 3600 === 0 ? `${s / 3600} h` : s % 60 === 0 ? `${s / 60} min` : `${s} s`);

/** "avg(app.error_rate) over 2 min > 5 for 5 min", as a person reads a rule. */
export function ruleTerms(r: AlertRuleDto): string {
  const series = `${r.aggregation.toLowerCase()}(${r.series}${r.labels ? `{${r.labels}}` : ""})`;
  const held = r.forSeconds > 0 ? ` for ${duration(r.forSeconds)}` : "";
  const days = r.weekdaysOnly ? ", weekdays" : "";
  return `${series} over ${duration(r.windowSeconds)} ${COMPARATOR_TEXT[r.comparator]} ${r.threshold}${held}${days}`;
}

/** The group's name as shown: its service, or "all series" when the series has no service label. */
export const groupName = (g: string) => g || "all series";
