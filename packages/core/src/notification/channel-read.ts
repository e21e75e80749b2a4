import type { Db, Prisma } from "@opsdeck/db";
import { z } from "zod";
import type { ServiceCall } from "../call.ts";
import { NotFoundError } from "../errors.ts";
import type { Keyset } from "../page/keyset.ts";
import { findPage } from "../page/prisma.ts";
import { type Page, pageLimit, ZCursor } from "../page/schemas.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { CHANNEL_SELECT, type NotificationChannelDto, toChannelDto } from "./dto.ts";
import { channelSecretName } from "./kinds.ts";
import { ZChannelRef } from "./schemas.ts";

async function secretNames(db: Db): Promise<Set<string>> {
  const rows = await db.secret.findMany({ where: { name: { startsWith: "notification." } }, select: { name: true } });
  return new Set(rows.map((r) => r.name));
}

const BY_NAME: Keyset = {
  list: "notification-channels",
  fields: [
    { field: "name", type: "string" },
    { field: "id", type: "string" },
  ],
};
const ZListChannels = z.object({ limit: pageLimit(500).optional(), cursor: ZCursor });

/** Notification channels by name, a page at a time (ADMIN): settings, severities and whether its secret is set, never the secret. */
export async function listChannelsPage({
  db,
  ctx,
  input,
}: ServiceCall<z.input<typeof ZListChannels> | undefined>): Promise<Page<NotificationChannelDto>> {
  assertRole(ctx, "ADMIN");
  const { rows, next } = await findPage<
    Prisma.NotificationChannelGetPayload<{ select: typeof CHANNEL_SELECT }>,
    Prisma.NotificationChannelWhereInput,
    Prisma.NotificationChannelOrderByWithRelationInput
  >(BY_NAME, parseInput(ZListChannels, input ?? {}), (p) =>
    db.notificationChannel.findMany({ where: p.after, orderBy: p.orderBy, take: p.take, select: CHANNEL_SELECT }),
  );
  const names = await secretNames(db);
  return { items: rows.map((c) => toChannelDto(c, names.has(channelSecretName(c.id)))), next };
}

/** Every notification channel (ADMIN). */
export const listChannels = async ({ db, ctx }: ServiceCall<unknown>): Promise<NotificationChannelDto[]> =>
  (await listChannelsPage({ db, ctx, input: {} })).items;

export async function getChannel({ db, ctx, input }: ServiceCall<{ id: string }>): Promise<NotificationChannelDto> {
  assertRole(ctx, "ADMIN");
  const { id } = parseInput(ZChannelRef, input);
  const c = await db.notificationChannel.findUnique({ where: { id }, select: CHANNEL_SELECT });
  if (!c) throw new NotFoundError("No such notification channel");
  return toChannelDto(c, (await secretNames(db)).has(channelSecretName(c.id)));
}
