import type { Prisma } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import type { ServiceCall } from "../call.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { type AlertRuleDto, toAlertRuleDto } from "./dto.ts";
import { assertNameFree, getRuleOrThrow, labelsOf, lockRule, publishRuleChange } from "./internal.ts";
import { type TUpdateAlertRule, ZUpdateAlertRule } from "./schemas.ts";

/**
 * Change a rule (ADMIN). Pointing it at other series, or disabling it, forgets its states (each
 * service starts again at OK); its history stays.
 */
export async function updateAlertRule({ db, ctx, input }: ServiceCall<TUpdateAlertRule>): Promise<AlertRuleDto> {
  assertRole(ctx, "ADMIN");
  const { id, labels, ...changes } = parseInput(ZUpdateAlertRule, input);
  return db.$transaction(async (tx) => {
    const before = toAlertRuleDto(await lockRule(tx, id));
    if (changes.name !== undefined) await assertNameFree(tx, changes.name, id);
    const data: Prisma.AlertRuleUpdateInput = { ...changes, version: { increment: 1 } };
    if (labels !== undefined) data.labels = labelsOf(labels);
    const other =
      (changes.series !== undefined && changes.series !== before.series) ||
      (labels !== undefined && labels !== before.labels);
    if (other || changes.enabled === false) await tx.alertRuleGroup.deleteMany({ where: { ruleId: id } });
    const row = await tx.alertRule.update({ where: { id }, data });
    const after = toAlertRuleDto(await getRuleOrThrow(tx, id));
    await recordAudit(tx, ctx, { action: "alert_rule.update", targetType: "alert_rule", targetId: id, before, after });
    await publishRuleChange(tx, row);
    return after;
  });
}
