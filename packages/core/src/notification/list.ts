import type { Prisma } from "@opsdeck/db";
import type { z } from "zod";
import type { ServiceCall } from "../call.ts";
import { type TRunLookup, ZRunLookup } from "../checklist/run-schemas.ts";
import { NotFoundError } from "../errors.ts";
import { ZIncidentRef } from "../incident/schemas.ts";
import type { Keyset } from "../page/keyset.ts";
import { findPage } from "../page/prisma.ts";
import { type Page, pageLimit, ZCursor } from "../page/schemas.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import type { NotificationDto } from "./dto.ts";

const INCLUDE = { channel: { select: { id: true, name: true, kind: true } } } as const;
type Row = Prisma.NotificationGetPayload<{ include: typeof INCLUDE }>;
const OLDEST: Keyset = {
  list: "notifications",
  fields: [
    { field: "createdAt", type: "date" },
    { field: "id", type: "string" },
  ],
};
const ZListNotifications = ZIncidentRef.extend({ limit: pageLimit(500).optional(), cursor: ZCursor });

const toDto = (n: Row): NotificationDto => ({
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
});

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
    Row,
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
  return { items: rows.map(toDto), next };
}

/** An incident's notifications, oldest first (VIEWER). */
export const listIncidentNotifications = async (args: ServiceCall<{ number: number }>): Promise<NotificationDto[]> =>
  (await listIncidentNotificationsPage(args)).items;

/** A checklist run's notifications (its miss), by run id or period (VIEWER): the run has no timeline, so this is where they show. */
export async function listRunNotifications({ db, ctx, input }: ServiceCall<TRunLookup>): Promise<NotificationDto[]> {
  assertRole(ctx, "VIEWER");
  const { slug, runId, periodKey } = parseInput(ZRunLookup, input);
  const run = await db.checklistRun.findFirst({
    where: { template: { slug }, ...(runId ? { id: runId } : { periodKey }) },
    select: { id: true },
  });
  if (!run) throw new NotFoundError("No such run of this checklist");
  const rows = await db.notification.findMany({
    where: { checklistRunId: run.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: INCLUDE,
  });
  return rows.map(toDto);
}
