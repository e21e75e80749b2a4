import type { Db, NotificationChannelKind, Prisma } from "@opsdeck/db";
import type { ChannelEndpoint, SmtpSettings } from "@opsdeck/integrations";
import { ValidationError } from "../errors.ts";
import { decrypt, encrypt } from "../secrets/crypto.ts";
import { CHANNEL_SECRET, channelSecretName } from "./kinds.ts";
import { parseConfigInput } from "../validate.ts";
import { CHANNEL_CONFIG } from "./schemas.ts";

export type Tx = Prisma.TransactionClient;

/** A channel's settings checked against its kind; errors are keyed `config.<field>`. */
export const parseChannelConfig = (kind: NotificationChannelKind, config: unknown): Prisma.InputJsonValue =>
  parseConfigInput(CHANNEL_CONFIG[kind], config) as Prisma.InputJsonValue;

/** The secret a create or update carries for `kind`; a secret field of another kind is refused. */
export function secretOf(kind: NotificationChannelKind, input: Record<string, unknown>): string | undefined {
  for (const [k, s] of Object.entries(CHANNEL_SECRET))
    if (k !== kind && input[s.field] !== undefined)
      throw new ValidationError({ [s.field]: [`A ${k.toLowerCase()} channel has no ${s.label.toLowerCase()}`] });
  const value = input[CHANNEL_SECRET[kind].field];
  return typeof value === "string" ? value : undefined;
}

export async function putChannelSecret(tx: Tx, key: Buffer, id: string, value: string): Promise<void> {
  const name = channelSecretName(id);
  const ciphertext = encrypt(value, key, name);
  await tx.secret.upsert({ where: { name }, create: { name, ciphertext }, update: { ciphertext } });
}

/** Where and how to send to a channel, its secret decrypted (server side only). */
export async function channelEndpoint(
  db: Db | Tx,
  key: Buffer,
  c: { id: string; kind: NotificationChannelKind; config: unknown },
): Promise<ChannelEndpoint> {
  const name = channelSecretName(c.id);
  const row = await db.secret.findUnique({ where: { name }, select: { ciphertext: true } });
  const secret = row ? decrypt(row.ciphertext, key, name) : null;
  const config = (c.config ?? {}) as Record<string, unknown>;
  if (c.kind === "EMAIL") return { kind: "EMAIL", smtp: config as unknown as SmtpSettings, password: secret };
  if (!secret) throw new Error(`its ${CHANNEL_SECRET[c.kind].label.toLowerCase()} is not set`);
  if (c.kind === "SLACK") return { kind: "SLACK", url: secret };
  return { kind: "WEBHOOK", url: String(config.url ?? ""), secret };
}

/** "Slack #oncall", as the timeline names a channel. */
export const channelLabel = (c: { kind: NotificationChannelKind; name: string }): string =>
  `${{ SLACK: "Slack", WEBHOOK: "Webhook", EMAIL: "Email" }[c.kind]} ${c.name}`;
