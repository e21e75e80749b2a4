import type { Severity } from "@opsdeck/db";
import type { SeverityPolicyMap } from "../severity/policy.ts";

// Imported by the browser: plain values only, no zod and no database code.

const HOUR_MS = 3_600_000;

/** When the postmortem of an incident resolved at `resolvedAt` is due. */
export const postmortemDueAt = (resolvedAt: Date, dueHours: number): Date =>
  new Date(resolvedAt.getTime() + dueHours * HOUR_MS);

/**
 * The due time of an incident's postmortem under the severity policy, or null when its severity needs
 * none (or it is not resolved).
 */
export function dueAtFor(
  incident: { severity: Severity; resolvedAt: Date | null },
  policy: SeverityPolicyMap,
): Date | null {
  const p = policy[incident.severity];
  return incident.resolvedAt && p.postmortemRequired
    ? postmortemDueAt(incident.resolvedAt, p.postmortemDueHours)
    : null;
}

type Rule = { severity: Severity; postmortemRequired: boolean; postmortemDueHours: number };

/** "P0 and P1 postmortems, 48 h after resolution" (per severity when due times differ); null when none is required. */
export function postmortemRuleText(policy: readonly Rule[]): string | null {
  const required = policy.filter((p) => p.postmortemRequired);
  if (required.length === 0) return null;
  const hours = new Set(required.map((p) => p.postmortemDueHours));
  if (hours.size === 1)
    return `${required.map((p) => p.severity).join(" and ")} postmortems, ${[...hours][0]} h after resolution`;
  return `${required.map((p) => `${p.severity} postmortems ${p.postmortemDueHours} h`).join(", ")} after resolution`;
}

export type DueState = "overdue" | "due" | null;

/** Unpublished with a due time: overdue once it has passed, due until then. */
export function dueState(p: { status: string; dueAt: string | Date | null }, now: Date): DueState {
  if (p.status === "PUBLISHED" || !p.dueAt) return null;
  return new Date(p.dueAt).getTime() <= now.getTime() ? "overdue" : "due";
}
