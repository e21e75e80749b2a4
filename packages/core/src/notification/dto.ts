import type { NotificationChannelKind, NotificationStatus, Prisma, Severity } from "@opsdeck/db";

export const CHANNEL_SELECT = {
  id: true,
  name: true,
  kind: true,
  config: true,
  severities: true,
  quiet: true,
  enabled: true,
  checklists: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.NotificationChannelSelect;
export type ChannelRow = Prisma.NotificationChannelGetPayload<{ select: typeof CHANNEL_SELECT }>;

export type NotificationChannelDto = {
  id: string;
  name: string;
  kind: NotificationChannelKind;
  /** The kind's plain settings; never the secret. */
  config: Record<string, unknown>;
  /** Whether the write-only secret (Slack URL, signing secret, SMTP password) is set. */
  hasSecret: boolean;
  severities: Severity[];
  quiet: boolean;
  enabled: boolean;
  /** Also receives missed checklist runs. */
  checklists: boolean;
  createdAt: string;
  updatedAt: string;
};

export const toChannelDto = (c: ChannelRow, hasSecret: boolean): NotificationChannelDto => ({
  id: c.id,
  name: c.name,
  kind: c.kind,
  config: (c.config ?? {}) as Record<string, unknown>,
  hasSecret,
  severities: c.severities,
  quiet: c.quiet,
  enabled: c.enabled,
  checklists: c.checklists,
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
});

export type NotificationDto = {
  id: string;
  channel: { id: string; name: string; kind: NotificationChannelKind };
  event: string;
  status: NotificationStatus;
  quiet: boolean;
  summary: string;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  sentAt: string | null;
  createdAt: string;
};

/** The outcome of a test message sent from the settings page. */
export type ChannelTestResult = { ok: boolean; detail: string; durationMs: number };
