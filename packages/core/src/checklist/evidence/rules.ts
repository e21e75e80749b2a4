export const EVIDENCE_RULES = [
  "backups.fresh",
  "incidents.none_open_major",
  "checks.all_up",
  "tls.not_expiring",
  "postmortems.none_overdue",
] as const;
export type EvidenceRule = (typeof EVIDENCE_RULES)[number];
