import { BACKUP_MAX_AGE_HOURS, TLS_MIN_DAYS_LEFT, VERIFICATION_MAX_AGE_DAYS } from "./thresholds.ts";

// Imported by the browser: plain values only, no zod and no database code.
export const EVIDENCE_RULES = [
  "backups.fresh",
  "incidents.none_open_major",
  "checks.all_up",
  "tls.not_expiring",
  "postmortems.none_overdue",
] as const;
export type EvidenceRule = (typeof EVIDENCE_RULES)[number];

export const isEvidenceRule = (v: unknown): v is EvidenceRule =>
  typeof v === "string" && (EVIDENCE_RULES as readonly string[]).includes(v);

export const EVIDENCE_LABEL: Record<EvidenceRule, string> = {
  "backups.fresh": `Every Postgres target has a backup from the last ${BACKUP_MAX_AGE_HOURS} h and a successful verification from the last ${VERIFICATION_MAX_AGE_DAYS} days`,
  "incidents.none_open_major": "No P0 or P1 incident is open",
  "checks.all_up": "Every check is up, apart from paused checks and checks in a maintenance window",
  "tls.not_expiring": `No TLS check reports a certificate expiring within ${TLS_MIN_DAYS_LEFT} days`,
  "postmortems.none_overdue":
    "Every resolved incident the severity policy asks a postmortem for has a published one by its due time",
};

/** unknown: nothing to judge (e.g. no Postgres targets), or the rule could not be evaluated. */
export type EvidenceStatus = "pass" | "fail" | "unknown";

export type EvidenceLink = { label: string; href: string };

export type Evidence = {
  rule: EvidenceRule;
  status: EvidenceStatus;
  summary: string;
  links: EvidenceLink[];
  /** ISO instant. */
  evaluatedAt: string;
};
