import type { Db } from "@opsdeck/db";
import type { ServiceCall } from "../call.ts";
import { NotFoundError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { CHANNEL_SELECT, type NotificationChannelDto, toChannelDto } from "./dto.ts";
import { channelSecretName } from "./kinds.ts";
import { ZChannelRef } from "./schemas.ts";

async function secretNames(db: Db): Promise<Set<string>> {
  const rows = await db.secret.findMany({ where: { name: { startsWith: "notification." } }, select: { name: true } });
  return new Set(rows.map((r) => r.name));
}

/** Every notification channel (ADMIN): settings, severities and whether its secret is set, never the secret. */
export async function listChannels({ db, ctx }: ServiceCall<unknown>): Promise<NotificationChannelDto[]> {
  assertRole(ctx, "ADMIN");
  const rows = await db.notificationChannel.findMany({ orderBy: { name: "asc" }, select: CHANNEL_SELECT });
  const names = await secretNames(db);
  return rows.map((c) => toChannelDto(c, names.has(channelSecretName(c.id))));
}

export async function getChannel({ db, ctx, input }: ServiceCall<{ id: string }>): Promise<NotificationChannelDto> {
  assertRole(ctx, "ADMIN");
  const { id } = parseInput(ZChannelRef, input);
  const c = await db.notificationChannel.findUnique({ where: { id }, select: CHANNEL_SELECT });
  if (!c) throw new NotFoundError("No such notification channel");
  return toChannelDto(c, (await secretNames(db)).has(channelSecretName(c.id)));
}
