import { ZAlertRuleChanges, ZAlertRuleHistory, ZAlertRuleRef, ZCreateAlertRule } from "@opsdeck/core/alert/schemas";
import { z } from "zod";
import { pageQuery } from "./page-inputs.ts";

/* Request schemas of the alert rule routes, from the schemas their core services validate with. */

export const ZAlertRuleIdParam = z.object({ id: ZAlertRuleRef.shape.id });
export const ZCreateAlertRuleBody = z.strictObject(ZCreateAlertRule.shape);
export const ZUpdateAlertRuleBody = z.strictObject(ZAlertRuleChanges.shape);
export const ZAlertRulesQuery = z.object(pageQuery(500));
export const ZAlertHistoryQuery = z.object({
  limit: ZAlertRuleHistory.shape.limit,
  cursor: ZAlertRuleHistory.shape.cursor,
});
