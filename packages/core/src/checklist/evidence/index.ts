export * from "./rules.ts";
export * from "./thresholds.ts";
export { evaluateEvidence, evaluateRules } from "./evaluate.ts";
export { postmortemDueAt } from "./postmortems-none-overdue.ts";
