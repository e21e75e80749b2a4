import type { Severity } from "@opsdeck/db";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export type SeverityPolicy = {
  name: string;
  scope: string;
  criteria: readonly string[];
  responseLabel: string;
  resolveLabel: string;
  responseMs: number;
  resolveMs: number;
};

/**
 * Severity levels and targets from the operations runbook. P0's "immediate" response gets a
 * 5-minute allowance so the time between a page and its acknowledgement is not an instant breach.
 */
export const SEVERITY_POLICY = {
  P0: {
    name: "Critical",
    scope: "site down",
    criteria: ["Service completely unavailable", "Data loss occurring", "Security breach active"],
    responseLabel: "Immediate (24/7)",
    resolveLabel: "< 1 hour",
    responseMs: 5 * MINUTE,
    resolveMs: HOUR,
  },
  P1: {
    name: "High",
    scope: "major impact",
    criteria: ["Core features broken (checkout, login)", "Partial outage", "Security vulnerability"],
    responseLabel: "< 15 minutes",
    resolveLabel: "< 4 hours",
    responseMs: 15 * MINUTE,
    resolveMs: 4 * HOUR,
  },
  P2: {
    name: "Medium",
    scope: "minor impact",
    criteria: ["Non-critical features broken", "Performance degradation"],
    responseLabel: "< 1 hour",
    resolveLabel: "< 24 hours",
    responseMs: HOUR,
    resolveMs: 24 * HOUR,
  },
  P3: {
    name: "Low",
    scope: "minor issues",
    criteria: ["Cosmetic issues", "Enhancement requests"],
    responseLabel: "< 8 hours",
    resolveLabel: "< 1 week",
    responseMs: 8 * HOUR,
    resolveMs: 7 * 24 * HOUR,
  },
} as const satisfies Record<Severity, SeverityPolicy>;

export const SEVERITIES = ["P0", "P1", "P2", "P3"] as const satisfies readonly Severity[];

export function slaFor(severity: Severity): SeverityPolicy {
  const policy = (SEVERITY_POLICY as Record<string, SeverityPolicy>)[severity];
  if (!policy) throw new RangeError(`Unknown severity: ${String(severity)}`);
  return policy;
}

/** "P0 – Critical (site down)" */
export function severityLabel(severity: Severity): string {
  const { name, scope } = slaFor(severity);
  return `${severity} – ${name} (${scope})`;
}

export type DateInput = Date | string | number;

export type SlaStatus = {
  responseDueAt: Date;
  resolveDueAt: Date;
  responseBreached: boolean;
  resolveBreached: boolean;
  /** Until the resolve deadline: from now while open, at resolution once resolved; negative when late. */
  remainingMs: number;
};

function toMs(value: DateInput, field: string): number {
  const ms = value instanceof Date ? value.getTime() : new Date(value).getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Invalid date for ${field}`);
  return ms;
}

export function slaStatus(args: {
  severity: Severity;
  detectedAt: DateInput;
  acknowledgedAt?: DateInput | null;
  resolvedAt?: DateInput | null;
  now?: DateInput;
}): SlaStatus {
  const policy = slaFor(args.severity);
  const detected = toMs(args.detectedAt, "detectedAt");
  const now = toMs(args.now ?? new Date(), "now");
  const resolved = args.resolvedAt == null ? null : toMs(args.resolvedAt, "resolvedAt");
  // Resolving an incident nobody acknowledged still counts as the response.
  const responded = args.acknowledgedAt == null ? resolved : toMs(args.acknowledgedAt, "acknowledgedAt");
  const responseDue = detected + policy.responseMs;
  const resolveDue = detected + policy.resolveMs;
  return {
    responseDueAt: new Date(responseDue),
    resolveDueAt: new Date(resolveDue),
    responseBreached: (responded ?? now) > responseDue,
    resolveBreached: (resolved ?? now) > resolveDue,
    remainingMs: resolveDue - (resolved ?? now),
  };
}

export type SlaStatusDto = Omit<SlaStatus, "responseDueAt" | "resolveDueAt"> & {
  responseDueAt: string;
  resolveDueAt: string;
};

export function slaStatusDto(status: SlaStatus): SlaStatusDto {
  return {
    ...status,
    responseDueAt: status.responseDueAt.toISOString(),
    resolveDueAt: status.resolveDueAt.toISOString(),
  };
}
