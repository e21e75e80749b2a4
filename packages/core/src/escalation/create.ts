import { recordAudit } from "../audit/record.ts";
import type { ServiceCall } from "../call.ts";
import { ValidationError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { isUniqueViolation } from "../user/internal.ts";
import { parseInput } from "../validate.ts";
import { type EscalationPolicyDto, toPolicyDto } from "./dto.ts";
import { getPolicyOrThrow } from "./internal.ts";
import { NAME_TAKEN, policyData } from "./policy-data.ts";
import { type TCreatePolicy, ZCreatePolicy } from "./schemas.ts";

/** Add an escalation policy with its steps (ADMIN), all in one transaction or none of it. */
export async function createEscalationPolicy({
  db,
  ctx,
  input,
}: ServiceCall<TCreatePolicy>): Promise<EscalationPolicyDto> {
  assertRole(ctx, "ADMIN");
  const p = parseInput(ZCreatePolicy, input);
  try {
    return await db.$transaction(async (tx) => {
      const { fields, steps } = await policyData(tx, p);
      const row = await tx.escalationPolicy.create({
        data: { ...fields, steps: { create: steps.map((s, position) => ({ position, ...s })) } },
      });
      const after = toPolicyDto(await getPolicyOrThrow(tx, row.id));
      await recordAudit(tx, ctx, {
        action: "escalation_policy.create",
        targetType: "escalation_policy",
        targetId: row.id,
        after,
      });
      return after;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new ValidationError(NAME_TAKEN);
    throw e;
  }
}
