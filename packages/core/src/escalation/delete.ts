import { recordAudit } from "../audit/record.ts";
import type { ServiceCall } from "../call.ts";
import { ConflictError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { toPolicyDto } from "./dto.ts";
import { getPolicyOrThrow, lockPolicy } from "./internal.ts";
import { type TPolicyRef, ZPolicyRef } from "./schemas.ts";

/**
 * Delete an escalation policy (ADMIN). Refused while an open incident is escalating under it: its
 * pages would stop without anyone having answered.
 */
export async function deleteEscalationPolicy({ db, ctx, input }: ServiceCall<TPolicyRef>): Promise<{ id: string }> {
  assertRole(ctx, "ADMIN");
  const { id } = parseInput(ZPolicyRef, input);
  return db.$transaction(async (tx) => {
    await lockPolicy(tx, id);
    const before = toPolicyDto(await getPolicyOrThrow(tx, id));
    const running = await tx.incidentEscalation.count({
      where: { policyId: id, stoppedAt: null, unansweredAt: null },
    });
    if (running)
      throw new ConflictError(
        `${before.name} is escalating ${running} open incident(s); acknowledge or resolve them first`,
      );
    await tx.escalationPolicy.delete({ where: { id } });
    await recordAudit(tx, ctx, {
      action: "escalation_policy.delete",
      targetType: "escalation_policy",
      targetId: id,
      before,
    });
    return { id };
  });
}
