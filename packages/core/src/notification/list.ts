import type { ServiceCall } from "../call.ts";
import { NotFoundError } from "../errors.ts";
import { ZIncidentRef } from "../incident/schemas.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import type { NotificationDto } from "./dto.ts";

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
  const rows = await db.notification.findMany({
    where: { incidentId: incident.id },
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
