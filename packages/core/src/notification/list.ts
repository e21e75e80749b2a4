import type { Db, Prisma } from "@opsdeck/db";
import type { ServiceCall } from "../call.ts";
import { type TRunLookup, ZRunLookup } from "../checklist/run-schemas.ts";
import { NotFoundError } from "../errors.ts";
import { ZIncidentRef } from "../incident/schemas.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import type { NotificationDto } from "./dto.ts";

async function notificationsWhere(db: Db, where: Prisma.NotificationWhereInput): Promise<NotificationDto[]> {
  const rows = await db.notification.findMany({
    where,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { channel: { select: { id: true, name: true, kind: true } } },
  });
  return rows.map((n) => ({
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
}

/** An incident's notifications, oldest first (VIEWER): to which channel, what, and how it went. */
export async function listIncidentNotifications({
  db,
  ctx,
  input,
}: ServiceCall<{ number: number }>): Promise<NotificationDto[]> {
  assertRole(ctx, "VIEWER");
  const { number } = parseInput(ZIncidentRef, input);
  const incident = await db.incident.findUnique({ where: { number }, select: { id: true } });
  if (!incident) throw new NotFoundError(`Incident #${number} not found`);
  return notificationsWhere(db, { incidentId: incident.id });
}

/** A checklist run's notifications (its miss), by run id or period (VIEWER): the run has no timeline, so this is where they show. */
export async function listRunNotifications({ db, ctx, input }: ServiceCall<TRunLookup>): Promise<NotificationDto[]> {
  assertRole(ctx, "VIEWER");
  const { slug, runId, periodKey } = parseInput(ZRunLookup, input);
  const run = await db.checklistRun.findFirst({
    where: { template: { slug }, ...(runId ? { id: runId } : { periodKey }) },
    select: { id: true },
  });
  if (!run) throw new NotFoundError("No such run of this checklist");
  return notificationsWhere(db, { checklistRunId: run.id });
}
