import { recordAudit } from "../audit/record.ts";
import type { ServiceCall } from "../call.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { type AlertRuleDto, toAlertRuleDto } from "./dto.ts";
import { assertNameFree, getRuleOrThrow, labelsOf, publishRuleChange } from "./internal.ts";
import { type TCreateAlertRule, ZCreateAlertRule } from "./schemas.ts";

/** Add an alert rule (ADMIN); the worker evaluates it from its next run. */
export async function createAlertRule({ db, ctx, input }: ServiceCall<TCreateAlertRule>): Promise<AlertRuleDto> {
  assertRole(ctx, "ADMIN");
  const r = parseInput(ZCreateAlertRule, input);
  return db.$transaction(async (tx) => {
    await assertNameFree(tx, r.name);
    const row = await tx.alertRule.create({ data: { ...r, preset: r.preset ?? null, labels: labelsOf(r.labels) } });
    const dto = toAlertRuleDto(await getRuleOrThrow(tx, row.id));
    await recordAudit(tx, ctx, { action: "alert_rule.create", targetType: "alert_rule", targetId: row.id, after: dto });
    await publishRuleChange(tx, row);
    return dto;
  });
}
