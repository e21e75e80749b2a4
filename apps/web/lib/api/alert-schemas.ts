import type { AlertEventDto, AlertRuleDto } from "@opsdeck/core";
import { SEVERITIES } from "@opsdeck/core/severity/policy";
import { z } from "zod";

/* Response schemas of the alert rule routes. */

const ZIsoDate = z.string().describe("ISO 8601 date-time");
const STATES = ["OK", "PENDING", "FIRING", "RESOLVED"] as const;
const ZState = z.enum(STATES);

export const ZAlertRuleOut = z.object({
  id: z.string(),
  name: z.string(),
  preset: z.string().nullable(),
  series: z.string(),
  labels: z.string().describe("The label filter as key=value pairs separated by commas"),
  aggregation: z.enum(["AVG", "MIN", "MAX", "LAST", "SUM", "COUNT"]),
  windowSeconds: z.number().int(),
  comparator: z.enum(["GT", "GTE", "LT", "LTE"]),
  threshold: z.number(),
  forSeconds: z.number().int(),
  severity: z.enum(SEVERITIES),
  action: z
    .enum(["INCIDENT", "INCIDENT_NOTIFY", "NOTIFY"])
    .describe("INCIDENT opens an incident; INCIDENT_NOTIFY also notifies; NOTIFY only notifies, opening no incident"),
  weekdaysOnly: z.boolean(),
  enabled: z.boolean(),
  version: z.number().int(),
  state: ZState.describe("The most urgent of its services' states"),
  groups: z
    .array(
      z.object({
        group: z.string().describe("The service's slug; empty when the series has no service label"),
        state: ZState,
        since: ZIsoDate,
        value: z.number().nullable().describe("The window's aggregate at the last evaluation; null: no data"),
        noData: z.boolean().describe("The window held no point: the state was kept"),
        silenced: z.boolean().describe("Under a maintenance window of the service"),
        evaluatedAt: ZIsoDate,
      }),
    )
    .describe("Each service's state"),
  evaluatedAt: ZIsoDate.nullable(),
  createdAt: ZIsoDate,
  updatedAt: ZIsoDate,
}) satisfies z.ZodType<AlertRuleDto>;

export const ZAlertEventOut = z.object({
  id: z.string(),
  group: z.string(),
  from: ZState,
  to: ZState,
  value: z.number().nullable(),
  at: ZIsoDate,
  incidentNumber: z.number().int().nullable().describe("The incident it opened or wrote on"),
  notifications: z
    .array(
      z.object({
        channel: z.string().describe('The channel, as "Slack #oncall"'),
        status: z.enum(["QUEUED", "SENT", "FAILED", "SUPPRESSED"]),
        lastError: z.string().nullable(),
      }),
    )
    .describe("What a notify-only rule sent about the change"),
}) satisfies z.ZodType<AlertEventDto>;
