import type { NotificationChannelKind, Severity } from "@opsdeck/db";

/* Browser-safe: plain values only, no zod. */

export const CHANNEL_KINDS = ["SLACK", "WEBHOOK", "EMAIL"] as const satisfies readonly NotificationChannelKind[];
export const CHANNEL_KIND_LABEL: Record<NotificationChannelKind, string> = {
  SLACK: "Slack",
  WEBHOOK: "Webhook",
  EMAIL: "Email",
};
/** The write-only field that holds each kind's secret, and what it is called in forms. */
export const CHANNEL_SECRET = {
  SLACK: { field: "webhookUrl", label: "Incoming webhook URL" },
  WEBHOOK: { field: "signingSecret", label: "Signing secret" },
  EMAIL: { field: "password", label: "SMTP password" },
} as const satisfies Record<NotificationChannelKind, { field: string; label: string }>;

export const NOTIFICATION_STATUSES = ["QUEUED", "SENT", "FAILED", "SUPPRESSED"] as const;

/** The incident events that are notified. */
export const NOTIFY_EVENTS = [
  "declared",
  "auto_opened",
  "acknowledged",
  "update",
  "severity",
  "resolved",
  "reopened",
  "check_state",
] as const;
export type NotifyEvent = (typeof NOTIFY_EVENTS)[number];

/** The checklist run events that are notified (a channel's `checklists` flag). */
export const CHECKLIST_MISSED = "checklist.missed";

/** A notify-only alert rule's changes of one service. */
export const ALERT_EVENTS = { FIRING: "alert.firing", RESOLVED: "alert.resolved" } as const;
type AlertEvent = (typeof ALERT_EVENTS)[keyof typeof ALERT_EVENTS];

export const EVENT_LABEL: Record<NotifyEvent | typeof CHECKLIST_MISSED | AlertEvent, string> = {
  declared: "declared",
  auto_opened: "opened automatically",
  acknowledged: "acknowledged",
  update: "status update",
  severity: "severity change",
  resolved: "resolved",
  reopened: "reopened",
  check_state: "check state",
  [CHECKLIST_MISSED]: "missed checklist run",
  [ALERT_EVENTS.FIRING]: "alert firing",
  [ALERT_EVENTS.RESOLVED]: "alert resolved",
};

/** P0 and P1 page the on-call people on channels that are not quiet; the rest post quietly. */
export const PAGING_SEVERITIES: readonly Severity[] = ["P0", "P1"];

/** Check state changes of one incident notify at most once in this window (a flapping check). */
export const FLAP_WINDOW_MS = 10 * 60_000;

/** The waits before the 2nd … 5th attempt: 5 attempts in all, the last about 42 minutes after the first. */
export const RETRY_DELAYS_MS: readonly number[] = [30_000, 120_000, 600_000, 1_800_000];

export const channelSecretName = (id: string): string => `notification.${id}`;
