import type { Severity } from "@opsdeck/db";

// Imported by the browser: plain values only, no zod and no database code.

export const SEVERITIES = ["P0", "P1", "P2", "P3"] as const satisfies readonly Severity[];

export type SeverityInfo = { name: string; scope: string; criteria: readonly string[] };

/** What each level means, from the operations runbook. Its targets are data: `SeverityPolicy` rows. */
export const SEVERITY_INFO = {
  P0: {
    name: "Critical",
    scope: "site down",
    criteria: ["Service completely unavailable", "Data loss occurring", "Security breach active"],
  },
  P1: {
    name: "High",
    scope: "major impact",
    criteria: ["Core features broken (checkout, login)", "Partial outage", "Security vulnerability"],
  },
  P2: { name: "Medium", scope: "minor impact", criteria: ["Non-critical features broken", "Performance degradation"] },
  P3: { name: "Low", scope: "minor issues", criteria: ["Cosmetic issues", "Enhancement requests"] },
} as const satisfies Record<Severity, SeverityInfo>;

export function severityInfo(severity: Severity): SeverityInfo {
  const info = (SEVERITY_INFO as Record<string, SeverityInfo>)[severity];
  if (!info) throw new RangeError(`Unknown severity: ${String(severity)}`);
  return info;
}

/** "P0 – Critical (site down)" */
export function severityLabel(severity: Severity): string {
  const { name, scope } = severityInfo(severity);
  return `${severity} – ${name} (${scope})`;
}

/** One severity's targets as stored (minutes and hours, whole numbers). */
export type SeverityTargets = {
  responseMinutes: number;
  resolveMinutes: number;
  /** null: no status-update cadence. */
  updateCadenceMinutes: number | null;
  postmortemRequired: boolean;
  postmortemDueHours: number;
};

export type SeverityPolicyMap = Record<Severity, SeverityTargets>;

/**
 * The runbook's targets, as the migration seeds them. P0's "immediate" response gets 5 minutes so a
 * page and its acknowledgement are not an instant breach. The runbook sets no update cadence: P0
 * every 30 min, P1 hourly, P2 every 4 h, P3 none. Postmortems: "for P0/P1", "within 48 hours".
 */
export const RUNBOOK_POLICY = {
  P0: {
    responseMinutes: 5,
    resolveMinutes: 60,
    updateCadenceMinutes: 30,
    postmortemRequired: true,
    postmortemDueHours: 48,
  },
  P1: {
    responseMinutes: 15,
    resolveMinutes: 240,
    updateCadenceMinutes: 60,
    postmortemRequired: true,
    postmortemDueHours: 48,
  },
  P2: {
    responseMinutes: 60,
    resolveMinutes: 1440,
    updateCadenceMinutes: 240,
    postmortemRequired: false,
    postmortemDueHours: 48,
  },
  P3: {
    responseMinutes: 480,
    resolveMinutes: 10_080,
    updateCadenceMinutes: null,
    postmortemRequired: false,
    postmortemDueHours: 48,
  },
} as const satisfies SeverityPolicyMap;

/** The runbook's response and resolve targets as an incident row holds them, for rows written outside the services (tests). */
export const runbookTargets = (severity: Severity) => ({
  responseTargetMinutes: RUNBOOK_POLICY[severity].responseMinutes,
  resolveTargetMinutes: RUNBOOK_POLICY[severity].resolveMinutes,
});

export type SeverityPolicyDto = SeverityTargets &
  SeverityInfo & {
    severity: Severity;
    label: string;
    /** null: no stored row, so the runbook's values apply. */
    updatedAt: string | null;
  };

/** "5 min", "4 h", "1 h 30 min", "7 d": whole minutes in days, hours and minutes. */
export function formatMinutes(minutes: number): string {
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const parts = [d && `${d} d`, h && `${h} h`, m && `${m} min`].filter(Boolean);
  return parts.length ? parts.join(" ") : "0 min";
}
