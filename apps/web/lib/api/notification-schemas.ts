import type { ChannelTestResult, NotificationChannelDto, NotificationDto } from "@opsdeck/core";
import { CHANNEL_KINDS, NOTIFICATION_STATUSES } from "@opsdeck/core/notification/kinds";
import { SEVERITIES } from "@opsdeck/core/severity/policy";
import { z } from "zod";

/* Response schemas of the notification routes. */

const ZIsoDate = z.string().describe("ISO 8601 date-time");

export const ZChannelOut = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(CHANNEL_KINDS),
  config: z.record(z.string(), z.unknown()).describe("The kind's settings; never the secret"),
  hasSecret: z.boolean().describe("Whether the Slack URL, signing secret or SMTP password is set"),
  severities: z.array(z.enum(SEVERITIES)),
  quiet: z.boolean(),
  enabled: z.boolean(),
  checklists: z.boolean().describe("Also receives missed checklist runs (never paging)"),
  createdAt: ZIsoDate,
  updatedAt: ZIsoDate,
}) satisfies z.ZodType<NotificationChannelDto>;

export const ZChannelTestOut = z.object({
  ok: z.boolean().describe("The channel accepted the test message"),
  detail: z.string().describe("sent, or why not (the receiver's status and answer, or the connection error)"),
  durationMs: z.number().int(),
}) satisfies z.ZodType<ChannelTestResult>;

export const ZNotificationOut = z.object({
  id: z.string(),
  channel: z.object({ id: z.string(), name: z.string(), kind: z.enum(CHANNEL_KINDS) }),
  event: z
    .string()
    .describe(
      "declared, auto_opened, acknowledged, update, severity, resolved, reopened, check_state; checklist.missed for a run",
    ),
  status: z.enum(NOTIFICATION_STATUSES),
  quiet: z.boolean().describe("Posted without paging"),
  summary: z.string(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  nextAttemptAt: ZIsoDate.nullable().describe("When a queued notification is tried next"),
  sentAt: ZIsoDate.nullable(),
  createdAt: ZIsoDate,
}) satisfies z.ZodType<NotificationDto>;
