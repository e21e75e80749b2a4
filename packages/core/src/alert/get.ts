import type { ServiceCall } from "../call.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { type AlertRuleDto, toAlertRuleDto } from "./dto.ts";
import { getRuleOrThrow } from "./internal.ts";
import { type TAlertRuleRef, ZAlertRuleRef } from "./schemas.ts";

/** One rule with each service's state (VIEWER). */
export async function getAlertRule({ db, ctx, input }: ServiceCall<TAlertRuleRef>): Promise<AlertRuleDto> {
  assertRole(ctx, "VIEWER");
  const { id } = parseInput(ZAlertRuleRef, input);
  return toAlertRuleDto(await getRuleOrThrow(db, id));
}
