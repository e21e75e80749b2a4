import type { Severity } from "@opsdeck/db";
import { SEVERITIES, type SeverityPolicyMap } from "../severity/policy.ts";

const MINUTE = 60_000;

/** How long each severity may take to be responded to and to be resolved. */
export type SlaTargetMs = { responseMs: number; resolveMs: number };
export type SlaTargetsMs = Record<Severity, SlaTargetMs>;

/** An incident's own targets, pinned from the policy when it was declared (or its severity changed). */
export const pinnedTargetMs = (i: { responseTargetMinutes: number; resolveTargetMinutes: number }): SlaTargetMs => ({
  responseMs: i.responseTargetMinutes * MINUTE,
  resolveMs: i.resolveTargetMinutes * MINUTE,
});

/** The severity policy's targets, in milliseconds. */
export function slaTargetsOf(policy: SeverityPolicyMap): SlaTargetsMs {
  const entries = SEVERITIES.map(
    (s) =>
      [s, { responseMs: policy[s].responseMinutes * MINUTE, resolveMs: policy[s].resolveMinutes * MINUTE }] as const,
  );
  return Object.fromEntries(entries) as SlaTargetsMs;
}
