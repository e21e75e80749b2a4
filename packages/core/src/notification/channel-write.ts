import { recordAudit } from "../audit/record.ts";
import type { ServiceCall } from "../call.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { getChannel } from "./channel-read.ts";
import type { NotificationChannelDto } from "./dto.ts";
import { parseChannelConfig, putChannelSecret, secretOf, type Tx } from "./internal.ts";
import { channelSecretName } from "./kinds.ts";
import { type TChannelInput, type TChannelUpdate, ZChannelInput, ZChannelRef, ZChannelUpdate } from "./schemas.ts";

async function assertNameFree(tx: Tx, name: string, id?: string): Promise<void> {
  const other = await tx.notificationChannel.findUnique({ where: { name }, select: { id: true } });
  if (other && other.id !== id) throw new ValidationError({ name: ["Another channel has this name"] });
}

/** Add a channel (ADMIN). Its secret is sealed into a Secret of its own; the audit row says only "set". */
export async function createChannel({
  db,
  ctx,
  input,
  key,
}: ServiceCall<TChannelInput> & { key: Buffer }): Promise<NotificationChannelDto> {
  assertRole(ctx, "ADMIN");
  const c = parseInput(ZChannelInput, input);
  const secret = secretOf(c.kind, c);
  const fields = {
    name: c.name,
    kind: c.kind,
    severities: c.severities,
    quiet: c.quiet,
    enabled: c.enabled,
    checklists: c.checklists,
  };
  const id = await db.$transaction(async (tx) => {
    await assertNameFree(tx, c.name);
    const row = await tx.notificationChannel.create({ data: { ...fields, config: c.config }, select: { id: true } });
    if (secret) await putChannelSecret(tx, key, row.id, secret);
    await recordAudit(tx, ctx, {
      action: "notification_channel.create",
      targetType: "notification_channel",
      targetId: row.id,
      after: { ...fields, config: c.config, secret: secret ? "set" : "none" },
    });
    return row.id;
  });
  return getChannel({ db, ctx, input: { id } });
}

/** Change a channel's name, settings, severities, quiet, enabled or checklists flag, or replace its secret (ADMIN). */
export async function updateChannel({
  db,
  ctx,
  input,
  key,
}: ServiceCall<TChannelUpdate> & { key: Buffer }): Promise<NotificationChannelDto> {
  assertRole(ctx, "ADMIN");
  const u = parseInput(ZChannelUpdate, input);
  await db.$transaction(async (tx) => {
    const before = await tx.notificationChannel.findUnique({ where: { id: u.id } });
    if (!before) throw new NotFoundError("No such notification channel");
    const secret = secretOf(before.kind, u);
    if (u.name) await assertNameFree(tx, u.name, u.id);
    const config = u.config === undefined ? undefined : parseChannelConfig(before.kind, u.config);
    const after = await tx.notificationChannel.update({
      where: { id: u.id },
      data: {
        name: u.name,
        config,
        severities: u.severities,
        quiet: u.quiet,
        enabled: u.enabled,
        checklists: u.checklists,
      },
    });
    if (secret) await putChannelSecret(tx, key, u.id, secret);
    const view = (c: typeof before) => ({
      name: c.name,
      config: c.config,
      severities: c.severities,
      quiet: c.quiet,
      enabled: c.enabled,
      checklists: c.checklists,
    });
    await recordAudit(tx, ctx, {
      action: "notification_channel.update",
      targetType: "notification_channel",
      targetId: u.id,
      before: view(before),
      after: { ...view(after), ...(secret ? { secret: "replaced" } : {}) },
    });
  });
  return getChannel({ db, ctx, input: { id: u.id } });
}

/** Remove a channel, its secret and its notifications (ADMIN); the incidents' timelines keep what was sent. */
export async function deleteChannel({ db, ctx, input }: ServiceCall<{ id: string }>): Promise<void> {
  assertRole(ctx, "ADMIN");
  const { id } = parseInput(ZChannelRef, input);
  await db.$transaction(async (tx) => {
    const c = await tx.notificationChannel.findUnique({ where: { id } });
    if (!c) throw new NotFoundError("No such notification channel");
    await tx.notificationChannel.delete({ where: { id } });
    await tx.secret.deleteMany({ where: { name: channelSecretName(id) } });
    await recordAudit(tx, ctx, {
      action: "notification_channel.delete",
      targetType: "notification_channel",
      targetId: id,
      before: { name: c.name, kind: c.kind, config: c.config, severities: c.severities },
    });
  });
}
