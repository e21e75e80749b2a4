import type { Prisma } from "@opsdeck/db";
import type { z } from "zod";
import type { ServiceCall } from "../call.ts";
import { NotFoundError } from "../errors.ts";
import { ZIncidentRef } from "../incident/schemas.ts";
import type { Keyset } from "../page/keyset.ts";
import { findPage } from "../page/prisma.ts";
import { type Page, pageLimit, ZCursor } from "../page/schemas.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import type { NotificationDto } from "./dto.ts";

const INCLUDE = { channel: { select: { id: true, name: true, kind: true } } } as const;
const OLDEST: Keyset = {
  list: "notifications",
  fields: [
    { field: "createdAt", type: "date" },
    { field: "id", type: "string" },
  ],
};
const ZListNotifications = ZIncidentRef.extend({ limit: pageLimit(500).optional(), cursor: ZCursor });

/** An incident's notifications, oldest first, a page at a time (VIEWER): to which channel, what, and how it went. */
export async function listIncidentNotificationsPage({
  db,
  ctx,
  input,
}: ServiceCall<z.input<typeof ZListNotifications>>): Promise<Page<NotificationDto>> {
  assertRole(ctx, "VIEWER");
  const { number, limit, cursor } = parseInput(ZListNotifications, input);
  const incident = await db.incident.findUnique({ where: { number }, select: { id: true } });
  if (!incident) throw new NotFoundError(`Incident #${number} not found`);
  const { rows, next } = await findPage<
    Prisma.NotificationGetPayload<{ include: typeof INCLUDE }>,
    Prisma.NotificationWhereInput,
    Prisma.NotificationOrderByWithRelationInput
  >(OLDEST, { limit, cursor }, (p) =>
    db.notification.findMany({
      where: { AND: [{ incidentId: incident.id }, p.after] },
      orderBy: p.orderBy,
      take: p.take,
      include: INCLUDE,
    }),
  );
  const items = rows.map((n) => ({
    id: n.id,
    channel: n.channel,
    event: n.event,
    status: n.status,
    quiet: n.quiet,
    summary: n.summary,
    attempts: n.attempts,
    lastError: n.lastError,
    nextAttemptAt: n.status === "QUEUED" ? n.nextAttemptAt.toISOString() : null,
    sentAt: n.sentAt?.toISOString() ?? null,
    createdAt: n.createdAt.toISOString(),
  }));
  return { items, next };
}

/** An incident's notifications, oldest first (VIEWER). */
export const listIncidentNotifications = async (args: ServiceCall<{ number: number }>): Promise<NotificationDto[]> =>
  (await listIncidentNotificationsPage(args)).items;
