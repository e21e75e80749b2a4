// Imported by the browser: plain values only, no zod and no database code.

export const MAX_POLICY_STEPS = 10;
export const MAX_REPEAT = 5;
export const MAX_WAIT_MINUTES = 1440;
export const ESCALATION_HOURS = ["ALWAYS", "WORKING_HOURS"] as const;
