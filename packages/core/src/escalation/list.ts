import type { ReadCall, ServiceCall } from "../call.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { type EscalationPolicyDto, POLICY_INCLUDE, toPolicyDto } from "./dto.ts";
import { getPolicyOrThrow } from "./internal.ts";
import { type TPolicyRef, ZPolicyRef } from "./schemas.ts";

/** Every escalation policy by name, with its steps (VIEWER). */
export async function listEscalationPolicies({ db, ctx }: ReadCall): Promise<EscalationPolicyDto[]> {
  assertRole(ctx, "VIEWER");
  const rows = await db.escalationPolicy.findMany({ include: POLICY_INCLUDE, orderBy: [{ name: "asc" }, { id: "asc" }] });
  return rows.map(toPolicyDto);
}

/** One escalation policy with its steps (VIEWER). */
export async function getEscalationPolicy({ db, ctx, input }: ServiceCall<TPolicyRef>): Promise<EscalationPolicyDto> {
  assertRole(ctx, "VIEWER");
  const { id } = parseInput(ZPolicyRef, input);
  return toPolicyDto(await getPolicyOrThrow(db, id));
}
