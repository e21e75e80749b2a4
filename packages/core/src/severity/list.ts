import type { Db } from "@opsdeck/db";
import { type AnyCtx, assertRole } from "../roles.ts";
import { SEVERITIES, SEVERITY_INFO, type SeverityPolicyDto, severityLabel } from "./policy.ts";
import { readPolicyRows } from "./read.ts";

/** Every severity with what it means and its targets, P0 first (VIEWER). */
export async function listSeverityPolicy({ db, ctx }: { db: Db; ctx: AnyCtx }): Promise<SeverityPolicyDto[]> {
  assertRole(ctx, "VIEWER");
  const rows = await readPolicyRows(db);
  return SEVERITIES.map((severity) => {
    const { updatedAt, ...targets } = rows[severity];
    return {
      severity,
      label: severityLabel(severity),
      ...SEVERITY_INFO[severity],
      ...targets,
      updatedAt: updatedAt?.toISOString() ?? null,
    };
  });
}
