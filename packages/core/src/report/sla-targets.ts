import type { Severity } from "@opsdeck/db";
import { SEVERITIES, slaFor } from "../severity/policy.ts";

/** How long each severity may take to be responded to and to be resolved. */
export type SlaTarget = { responseMs: number; resolveMs: number };
export type SlaTargets = Record<Severity, SlaTarget>;

/**
 * Today's targets, from the severity policy in code. The report's calculations take targets as an
 * argument, so reading them from elsewhere (a stored policy) changes only this function's callers.
 */
export function slaTargetsFromPolicy(): SlaTargets {
  const entries = SEVERITIES.map((s) => {
    const { responseMs, resolveMs } = slaFor(s);
    return [s, { responseMs, resolveMs }] as const;
  });
  return Object.fromEntries(entries) as SlaTargets;
}
