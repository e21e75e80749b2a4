import { recordAudit } from "../audit/record.ts";
import type { ServiceCall } from "../call.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { toAlertRuleDto } from "./dto.ts";
import { lockRule, publishRuleChange } from "./internal.ts";
import { type TAlertRuleRef, ZAlertRuleRef } from "./schemas.ts";

/**
 * Delete a rule (ADMIN) with its states and history. Incidents it opened stay, no longer linked to it.
 * Under the rule's row lock: a second delete of it waits, then finds it gone (NotFoundError).
 */
export async function deleteAlertRule({ db, ctx, input }: ServiceCall<TAlertRuleRef>): Promise<{ id: string }> {
  assertRole(ctx, "ADMIN");
  const { id } = parseInput(ZAlertRuleRef, input);
  return db.$transaction(async (tx) => {
    const before = toAlertRuleDto(await lockRule(tx, id));
    await tx.alertRule.delete({ where: { id } });
    await recordAudit(tx, ctx, { action: "alert_rule.delete", targetType: "alert_rule", targetId: id, before });
    await publishRuleChange(tx, { id, version: before.version + 1 });
    return { id };
  });
}
