import type { Severity } from "@opsdeck/db";

// Imported by the browser: plain values only, no zod and no database code.

/** The runbook: "Post-mortem for P0/P1". */
export const REQUIRED_SEVERITIES = ["P0", "P1"] as const satisfies readonly Severity[];
/** The runbook's "Postmortem: Document (within 48 hours)" of resolving such an incident. */
export const POSTMORTEM_DUE_HOURS = 48;
const HOUR_MS = 3_600_000;

export const postmortemRequired = (severity: Severity): boolean =>
  (REQUIRED_SEVERITIES as readonly Severity[]).includes(severity);

/** When the postmortem of an incident resolved at `resolvedAt` is due. */
export const postmortemDueAt = (resolvedAt: Date): Date =>
  new Date(resolvedAt.getTime() + POSTMORTEM_DUE_HOURS * HOUR_MS);

/** The due time of an incident's postmortem, or null when its severity needs none (or it is not resolved). */
export const dueAtFor = (incident: { severity: Severity; resolvedAt: Date | null }): Date | null =>
  incident.resolvedAt && postmortemRequired(incident.severity) ? postmortemDueAt(incident.resolvedAt) : null;

export type DueState = "overdue" | "due" | null;

/** Unpublished with a due time: overdue once it has passed, due until then. */
export function dueState(p: { status: string; dueAt: string | Date | null }, now: Date): DueState {
  if (p.status === "PUBLISHED" || !p.dueAt) return null;
  return new Date(p.dueAt).getTime() <= now.getTime() ? "overdue" : "due";
}
