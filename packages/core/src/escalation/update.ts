import { recordAudit } from "../audit/record.ts";
import type { ServiceCall } from "../call.ts";
import { ValidationError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { isUniqueViolation } from "../user/internal.ts";
import { parseInput } from "../validate.ts";
import { type EscalationPolicyDto, toPolicyDto } from "./dto.ts";
import { getPolicyOrThrow, lockPolicy } from "./internal.ts";
import { NAME_TAKEN, policyData } from "./policy-data.ts";
import { type TUpdatePolicy, ZUpdatePolicy } from "./schemas.ts";

/**
 * Replace an escalation policy's fields and steps (ADMIN), validated as creation is, in one
 * transaction under the policy's row lock. An incident escalating under it goes on from the
 * (round, step) it has reached, through the new steps.
 */
export async function updateEscalationPolicy({
  db,
  ctx,
  input,
}: ServiceCall<TUpdatePolicy>): Promise<EscalationPolicyDto> {
  assertRole(ctx, "ADMIN");
  const { id, ...p } = parseInput(ZUpdatePolicy, input);
  try {
    return await db.$transaction(async (tx) => {
      await lockPolicy(tx, id);
      const before = toPolicyDto(await getPolicyOrThrow(tx, id));
      const { fields, steps } = await policyData(tx, p, id);
      await tx.escalationStep.deleteMany({ where: { policyId: id } });
      await tx.escalationPolicy.update({
        where: { id },
        data: { ...fields, steps: { create: steps.map((s, position) => ({ position, ...s })) } },
      });
      const after = toPolicyDto(await getPolicyOrThrow(tx, id));
      await recordAudit(tx, ctx, {
        action: "escalation_policy.update",
        targetType: "escalation_policy",
        targetId: id,
        before,
        after,
      });
      return after;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new ValidationError(NAME_TAKEN);
    throw e;
  }
}
