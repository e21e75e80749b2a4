import { z } from "zod";
import { SEVERITIES } from "../severity/policy.ts";

const name = z
  .string({ error: "Name the channel" })
  .trim()
  .min(1, "Name the channel")
  .max(80, "Use at most 80 characters")
  .regex(
    /^[#@A-Za-z0-9][A-Za-z0-9 #@._-]*$/,
    "Use letters, digits, spaces, '#', '@', '.', '_' or '-', starting with a letter, a digit, '#' or '@'",
  );
const httpUrl = z.url({ protocol: /^https?$/, error: "Enter an http(s) URL" }).max(2000);
const email = z.email({ error: "Enter an email address" }).max(254);

const common = {
  name,
  severities: z
    .array(z.enum(SEVERITIES, { error: `Choose from ${SEVERITIES.join(", ")}` }))
    .min(1, "Choose at least one severity")
    .max(4)
    .default([...SEVERITIES])
    .describe("The incident severities this channel receives"),
  quiet: z
    .boolean()
    .default(false)
    .describe("Post without paging: no @here in Slack, low-priority mail; P2 and P3 are always quiet"),
  enabled: z.boolean().default(true),
  checklists: z
    .boolean()
    .default(false)
    .describe("Also receives missed checklist runs (never paging), whatever the severities"),
};

export const ZSlackChannelConfig = z.object({});
export const ZWebhookChannelConfig = z.object({ url: httpUrl.describe("Where the signed JSON is POSTed") });
export const ZEmailChannelConfig = z.object({
  host: z
    .string({ error: "Enter the SMTP host" })
    .trim()
    .min(1, "Enter the SMTP host")
    .max(253)
    .regex(/^[A-Za-z0-9.-]+$|^\[[0-9a-fA-F:.]+\]$/, "Enter a host name or an IP address"),
  port: z.int({ error: "Enter a port" }).min(1).max(65535).default(587),
  secure: z.boolean().default(false).describe("TLS from the start (port 465); otherwise STARTTLS when offered"),
  username: z.string().trim().min(1).max(200).optional(),
  from: email,
  to: z.array(email).min(1, "Enter at least one recipient").max(20, "At most 20 recipients"),
});

/** The secret fields: the Slack URL carries its own token, so it is a secret as a whole. */
export const ZWebhookUrlSecret = httpUrl.describe("The Slack incoming webhook URL (write-only)");
export const ZSigningSecret = z
  .string()
  .min(16, "Use at least 16 characters")
  .max(500)
  .describe("HMAC-SHA256 key for X-Opsdeck-Signature (write-only)");
export const ZSmtpPassword = z.string().min(1).max(500).describe("The SMTP password (write-only)");

export const ZChannelInput = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("SLACK"),
    ...common,
    config: ZSlackChannelConfig.default({}),
    webhookUrl: ZWebhookUrlSecret,
  }),
  z.object({ kind: z.literal("WEBHOOK"), ...common, config: ZWebhookChannelConfig, signingSecret: ZSigningSecret }),
  z.object({ kind: z.literal("EMAIL"), ...common, config: ZEmailChannelConfig, password: ZSmtpPassword.optional() }),
]);
export type TChannelInput = z.input<typeof ZChannelInput>;

/** Fields left out stay; `config` replaces the settings as a whole and is checked against the channel's kind. */
export const ZChannelUpdate = z.object({
  id: z.string().trim().min(1).max(100),
  name: name.optional(),
  severities: common.severities.unwrap().optional(),
  quiet: z.boolean().optional(),
  enabled: z.boolean().optional(),
  checklists: z.boolean().optional(),
  config: z.record(z.string(), z.unknown()).optional().describe("The kind's settings, replaced as a whole"),
  webhookUrl: ZWebhookUrlSecret.optional(),
  signingSecret: ZSigningSecret.optional(),
  password: ZSmtpPassword.optional(),
});
export type TChannelUpdate = z.input<typeof ZChannelUpdate>;

export const ZChannelRef = z.object({ id: z.string().trim().min(1).max(100) });

export const CHANNEL_CONFIG = {
  SLACK: ZSlackChannelConfig,
  WEBHOOK: ZWebhookChannelConfig,
  EMAIL: ZEmailChannelConfig,
} as const;
