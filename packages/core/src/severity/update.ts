import type { ServiceCall } from "../call.ts";
import { recordAudit } from "../audit/record.ts";
import { publishLive } from "../live/publish.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { listSeverityPolicy } from "./list.ts";
import type { SeverityPolicyDto } from "./policy.ts";
import { readPolicyRows } from "./read.ts";
import { type TUpdateSeverityPolicy, ZUpdateSeverityPolicy } from "./schemas.ts";

/**
 * Replace one severity's targets, update cadence and postmortem rule (ADMIN). Open incidents keep the
 * response and resolve targets they were declared under; the cadence and the postmortem rule apply at
 * once, so open pages are told to read again.
 */
export async function updateSeverityPolicy({
  db,
  ctx,
  input,
}: ServiceCall<TUpdateSeverityPolicy>): Promise<SeverityPolicyDto> {
  assertRole(ctx, "ADMIN");
  const { severity, ...targets } = parseInput(ZUpdateSeverityPolicy, input);
  await db.$transaction(async (tx) => {
    // Two admins saving the same row: the second waits and its audit row shows the first's values as before.
    await tx.$queryRaw`SELECT 1 FROM "SeverityPolicy" WHERE severity = ${severity}::"Severity" FOR UPDATE`;
    const { updatedAt: _, ...before } = (await readPolicyRows(tx))[severity];
    await tx.severityPolicy.upsert({ where: { severity }, create: { severity, ...targets }, update: targets });
    await recordAudit(tx, ctx, {
      action: "severity_policy.update",
      targetType: "severityPolicy",
      targetId: severity,
      before,
      after: targets,
    });
    await publishLive(tx, "severity_policy.changed", { severity });
  });
  const all = await listSeverityPolicy({ db, ctx });
  return all.find((p) => p.severity === severity) as SeverityPolicyDto;
}
