export * from "./rules.ts";
export {
  BACKUP_MAX_AGE_HOURS,
  MAJOR_SEVERITIES,
  TLS_MIN_DAYS_LEFT,
  VERIFICATION_MAX_AGE_DAYS,
} from "./thresholds.ts";
export { evaluateEvidence, evaluateRules } from "./evaluate.ts";
