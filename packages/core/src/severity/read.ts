import type { Prisma, Severity } from "@opsdeck/db";
import { RUNBOOK_POLICY, SEVERITIES, type SeverityPolicyMap, type SeverityTargets } from "./policy.ts";

type Reader = Pick<Prisma.TransactionClient, "severityPolicy">;

export const SEVERITY_POLICY_SELECT = {
  severity: true,
  responseMinutes: true,
  resolveMinutes: true,
  updateCadenceMinutes: true,
  postmortemRequired: true,
  postmortemDueHours: true,
  updatedAt: true,
} as const satisfies Prisma.SeverityPolicySelect;

type StoredTargets = SeverityTargets & { updatedAt: Date | null };

/** Each severity's row; a missing one reads as the runbook's (updatedAt null), so an incident is never without targets. */
export async function readPolicyRows(db: Reader): Promise<Record<Severity, StoredTargets>> {
  const rows = await db.severityPolicy.findMany({ select: SEVERITY_POLICY_SELECT });
  const map = {} as Record<Severity, StoredTargets>;
  for (const s of SEVERITIES) map[s] = { ...RUNBOOK_POLICY[s], updatedAt: null };
  for (const { severity, ...stored } of rows) map[severity] = stored;
  return map;
}

/** The stored policy, for services that apply it (no role check: the caller has made its own). */
export async function readSeverityPolicy(db: Reader): Promise<SeverityPolicyMap> {
  const rows = await readPolicyRows(db);
  const map = {} as SeverityPolicyMap;
  for (const s of SEVERITIES) {
    const { updatedAt: _, ...targets } = rows[s];
    map[s] = targets;
  }
  return map;
}

/** The response and resolve targets an incident of `severity` is held to from now on. */
export async function slaTargetsFor(db: Reader, severity: Severity) {
  const row = await db.severityPolicy.findUnique({
    where: { severity },
    select: { responseMinutes: true, resolveMinutes: true },
  });
  const p = row ?? RUNBOOK_POLICY[severity];
  return { responseTargetMinutes: p.responseMinutes, resolveTargetMinutes: p.resolveMinutes };
}

/** Severities whose incidents need a postmortem. */
export const requiredSeverities = (policy: SeverityPolicyMap): Severity[] =>
  SEVERITIES.filter((s) => policy[s].postmortemRequired);
