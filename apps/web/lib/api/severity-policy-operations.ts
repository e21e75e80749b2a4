import type { SeverityPolicyDto } from "@opsdeck/core/severity/policy";
import { POLICY_FIELDS, resolveNotBeforeResponse, ZPolicySeverity } from "@opsdeck/core/severity/schemas";
import { z } from "zod";
import { type ApiOperation, op } from "./openapi.ts";

/* The severity policy: targets, update cadence and postmortem rule per severity. */

export const ZSeverityParam = z.object({ severity: ZPolicySeverity });

/** Every field is replaced; the severity is the path's. */
export const ZSeverityPolicyBody = z.strictObject(POLICY_FIELDS).refine(...resolveNotBeforeResponse);

export const ZSeverityPolicyOut = z.object({
  severity: ZPolicySeverity,
  label: z.string().describe('"P0 – Critical (site down)"'),
  name: z.string(),
  scope: z.string(),
  criteria: z.array(z.string()).describe("What makes an incident this severity (the runbook's)"),
  responseMinutes: z.number().int(),
  resolveMinutes: z.number().int(),
  updateCadenceMinutes: z.number().int().nullable().describe("null: no status-update cadence"),
  postmortemRequired: z.boolean(),
  postmortemDueHours: z.number().int(),
  updatedAt: z.string().nullable().describe("ISO 8601 date-time of the last change"),
}) satisfies z.ZodType<SeverityPolicyDto>;

export const severityPolicyOperations = {
  listSeverityPolicy: op({
    method: "get",
    path: "/api/v1/severity-policy",
    summary:
      "Each severity's meaning, response and resolve targets (minutes from detection), status-update cadence and postmortem rule, P0 first",
    tag: "incidents",
    role: "VIEWER",
    response: ZSeverityPolicyOut.array(),
  }),
  updateSeverityPolicy: op({
    method: "put",
    path: "/api/v1/severity-policy/{severity}",
    summary:
      "Replace a severity's policy. Open incidents keep the response and resolve targets they were declared under; the cadence and the postmortem rule apply at once",
    tag: "incidents",
    role: "ADMIN",
    params: ZSeverityParam,
    body: ZSeverityPolicyBody,
    response: ZSeverityPolicyOut,
  }),
} satisfies Record<string, ApiOperation>;
