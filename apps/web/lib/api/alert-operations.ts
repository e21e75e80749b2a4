import {
  ZAlertHistoryQuery,
  ZAlertRuleIdParam,
  ZAlertRulesQuery,
  ZCreateAlertRuleBody,
  ZUpdateAlertRuleBody,
} from "./alert-inputs.ts";
import { ZAlertEventOut, ZAlertRuleOut } from "./alert-schemas.ts";
import { op } from "./openapi.ts";
import { ZDeleted } from "./schemas.ts";

/** Alert rules over metric series, their states and history. */
export const alertOperations = {
  listAlertRules: op({
    method: "get",
    path: "/api/v1/alert-rules",
    summary: "Alert rules by name, each with its services' states (OK, PENDING, FIRING, RESOLVED)",
    tag: "alerts",
    role: "VIEWER",
    query: ZAlertRulesQuery,
    paged: true,
    response: ZAlertRuleOut.array(),
  }),
  createAlertRule: op({
    method: "post",
    path: "/api/v1/alert-rules",
    summary:
      "Add a rule: a series and label filter, an aggregation over a window, a comparison, a duration, a severity",
    tag: "alerts",
    role: "ADMIN",
    body: ZCreateAlertRuleBody,
    status: 201,
    response: ZAlertRuleOut,
  }),
  getAlertRule: op({
    method: "get",
    path: "/api/v1/alert-rules/{id}",
    summary: "One alert rule with its services' states",
    tag: "alerts",
    role: "VIEWER",
    params: ZAlertRuleIdParam,
    response: ZAlertRuleOut,
  }),
  updateAlertRule: op({
    method: "patch",
    path: "/api/v1/alert-rules/{id}",
    summary: "Change a rule; a new series or label filter, or disabling it, starts its states again at OK",
    tag: "alerts",
    role: "ADMIN",
    params: ZAlertRuleIdParam,
    body: ZUpdateAlertRuleBody,
    response: ZAlertRuleOut,
  }),
  deleteAlertRule: op({
    method: "delete",
    path: "/api/v1/alert-rules/{id}",
    summary: "Remove a rule with its states and history (the incidents it opened stay)",
    tag: "alerts",
    role: "ADMIN",
    params: ZAlertRuleIdParam,
    response: ZDeleted,
  }),
  listAlertRuleHistory: op({
    method: "get",
    path: "/api/v1/alert-rules/{id}/history",
    summary: "A rule's state changes per service, newest first, with the incident each opened or wrote on",
    tag: "alerts",
    role: "VIEWER",
    params: ZAlertRuleIdParam,
    query: ZAlertHistoryQuery,
    paged: true,
    response: ZAlertEventOut.array(),
  }),
};
