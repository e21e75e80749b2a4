import { COMPARATOR_TEXT } from "./evaluate.ts";
import type { AlertPreset } from "./presets.ts";

const duration = (s: number) => (s % 3600 === 0 ? `${s / 3600} h` : s % 60 === 0 ? `${s / 60} min` : `${s} s`);

/** A rule's terms, its label filter as key=value pairs separated by commas. */
export type RuleDefinition = Pick<
  AlertPreset,
  "series" | "labels" | "aggregation" | "windowSeconds" | "comparator" | "threshold" | "forSeconds" | "weekdaysOnly"
>;

/** "avg(app.error_rate) over 2 min > 5 for 5 min", as a person reads a rule (pages and messages). */
export function ruleTerms(r: RuleDefinition): string {
  const series = `${r.aggregation.toLowerCase()}(${r.series}${r.labels ? `{${r.labels}}` : ""})`;
  const held = r.forSeconds > 0 ? ` for ${duration(r.forSeconds)}` : "";
  const days = r.weekdaysOnly ? ", weekdays" : "";
  return `${series} over ${duration(r.windowSeconds)} ${COMPARATOR_TEXT[r.comparator]} ${r.threshold}${held}${days}`;
}
