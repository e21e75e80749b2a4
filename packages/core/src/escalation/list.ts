import type { EscalationPolicyWhereInput, Prisma } from "@opsdeck/db";
import type { ListCall, ServiceCall } from "../call.ts";
import type { Keyset } from "../page/keyset.ts";
import { findPage } from "../page/prisma.ts";
import type { Page } from "../page/schemas.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { type EscalationPolicyDto, POLICY_INCLUDE, type PolicyRow, toPolicyDto } from "./dto.ts";
import { getPolicyOrThrow } from "./internal.ts";
import { type TListPolicies, type TPolicyRef, ZListPolicies, ZPolicyRef } from "./schemas.ts";

const POLICIES: Keyset = {
  list: "escalation-policies",
  fields: [
    { field: "name", type: "string" },
    { field: "id", type: "string" },
  ],
};

/** Escalation policies by name with their steps (VIEWER): a page of them, or all without a limit. */
export async function listEscalationPolicies({
  db,
  ctx,
  input = {},
}: ListCall<TListPolicies>): Promise<Page<EscalationPolicyDto>> {
  assertRole(ctx, "VIEWER");
  const { limit, cursor } = parseInput(ZListPolicies, input);
  const { rows, next } = await findPage<
    PolicyRow,
    EscalationPolicyWhereInput,
    Prisma.EscalationPolicyOrderByWithRelationInput
  >(POLICIES, { limit, cursor }, (p) =>
    db.escalationPolicy.findMany({ where: p.after, include: POLICY_INCLUDE, orderBy: p.orderBy, take: p.take }),
  );
  return { items: rows.map(toPolicyDto), next };
}

/** One escalation policy with its steps (VIEWER). */
export async function getEscalationPolicy({ db, ctx, input }: ServiceCall<TPolicyRef>): Promise<EscalationPolicyDto> {
  assertRole(ctx, "VIEWER");
  const { id } = parseInput(ZPolicyRef, input);
  return toPolicyDto(await getPolicyOrThrow(db, id));
}
