import type { Prisma } from "@opsdeck/db";

// Imported by the browser: plain values only, no zod and no database code.

/** The columns `slaOutcome` (and `slaStatus`) read: select them for a report. */
export const SLA_OUTCOME_SELECT = {
  detectedAt: true,
  respondedAt: true,
  resolvedAt: true,
  responseTargetMinutes: true,
  resolveTargetMinutes: true,
  responseBreachedAt: true,
  resolveBreachedAt: true,
} as const satisfies Prisma.IncidentSelect;

type OutcomeRow = Prisma.IncidentGetPayload<{ select: typeof SLA_OUTCOME_SELECT }>;

export type SlaOutcome = {
  /** Detection to the first response (acknowledgement, or a resolution nobody acknowledged); null while none. */
  timeToRespondMs: number | null;
  /** Detection to resolution; null while open (a reopened incident counts to its last resolution). */
  timeToResolveMs: number | null;
  responseBreached: boolean;
  resolveBreached: boolean;
  /** When the target was missed: its deadline, or when a reopening or a raised severity made it missed. */
  responseBreachedAt: Date | null;
  resolveBreachedAt: Date | null;
  /** The targets it was held to, in minutes from detection. */
  responseTargetMinutes: number;
  resolveTargetMinutes: number;
};

/**
 * How an incident did against its SLA, for reports (MTTA, MTTR, breach rate). Breaches are what was
 * recorded: acknowledging or resolving late records one at once, the worker records a deadline that
 * passes unanswered within seconds (`WORKER_SLA_SECONDS`), and nothing clears one (not a later lower
 * severity, not a policy edit). An open incident's outcome can still change; a resolved one's is final
 * unless it is reopened.
 */
export function slaOutcome(i: OutcomeRow): SlaOutcome {
  const from = i.detectedAt.getTime();
  return {
    timeToRespondMs: i.respondedAt ? i.respondedAt.getTime() - from : null,
    timeToResolveMs: i.resolvedAt ? i.resolvedAt.getTime() - from : null,
    responseBreached: i.responseBreachedAt !== null,
    resolveBreached: i.resolveBreachedAt !== null,
    responseBreachedAt: i.responseBreachedAt,
    resolveBreachedAt: i.resolveBreachedAt,
    responseTargetMinutes: i.responseTargetMinutes,
    resolveTargetMinutes: i.resolveTargetMinutes,
  };
}
