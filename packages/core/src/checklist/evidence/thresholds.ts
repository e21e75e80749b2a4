/** Limits the evidence rules judge by; plain values, so the browser can show them in labels. */
export const BACKUP_MAX_AGE_HOURS = 24;
export const VERIFICATION_MAX_AGE_DAYS = 90;
export const TLS_MIN_DAYS_LEFT = 14;
export const MAJOR_SEVERITIES = ["P0", "P1"] as const;
/** How many failing items a summary names before "and N more". */
export const NAMED_IN_SUMMARY = 5;

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
