import type { AlertRuleWhereInput, Prisma } from "@opsdeck/db";
import type { ListCall } from "../call.ts";
import type { Keyset } from "../page/keyset.ts";
import { findPage } from "../page/prisma.ts";
import type { Page } from "../page/schemas.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { type AlertRuleDto, RULE_SELECT, toAlertRuleDto } from "./dto.ts";
import { type TListAlertRules, ZListAlertRules } from "./schemas.ts";

const RULES: Keyset = {
  list: "alert-rules",
  fields: [
    { field: "name", type: "string" },
    { field: "id", type: "string" },
  ],
};

/** Alert rules by name with their states (VIEWER): a page of them, or all without a limit. */
export async function listAlertRules({ db, ctx, input = {} }: ListCall<TListAlertRules>): Promise<Page<AlertRuleDto>> {
  assertRole(ctx, "VIEWER");
  const { limit, cursor } = parseInput(ZListAlertRules, input);
  const { rows, next } = await findPage<
    Prisma.AlertRuleGetPayload<{ include: typeof RULE_SELECT }>,
    AlertRuleWhereInput,
    Prisma.AlertRuleOrderByWithRelationInput
  >(RULES, { limit, cursor }, (p) =>
    db.alertRule.findMany({ where: p.after, include: RULE_SELECT, orderBy: p.orderBy, take: p.take }),
  );
  return { items: rows.map(toAlertRuleDto), next };
}
