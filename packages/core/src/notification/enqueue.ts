import type { Prisma } from "@opsdeck/db";
import { displayName } from "../incident/internal.ts";
import type { Tx } from "./internal.ts";
import { FLAP_WINDOW_MS, type NotifyEvent, PAGING_SEVERITIES } from "./kinds.ts";
import type { IncidentPayload } from "./message.ts";

/** Events caused by checks: a flapping check notifies at most once per incident per FLAP_WINDOW_MS. */
const CHECK_EVENTS: NotifyEvent[] = ["auto_opened", "check_state"];

export type IncidentNotice = {
  incidentId: string;
  event: NotifyEvent;
  headline: string;
  text?: string | null;
  fields?: { label: string; value: string }[];
};

/**
 * The outbox: inside the incident's own transaction, one QUEUED Notification per enabled channel
 * that receives the incident's (current) severity, holding what the message will say. A worker sends
 * them; the click that caused them never waits for a receiver. A check change within the flapping
 * window of an earlier one is written SUPPRESSED instead. Returns how many rows were written.
 */
export async function enqueueNotifications(tx: Tx, notice: IncidentNotice, now: Date): Promise<number> {
  const incident = await tx.incident.findUniqueOrThrow({
    where: { id: notice.incidentId },
    select: {
      number: true,
      title: true,
      severity: true,
      status: true,
      commander: { select: { name: true, email: true } },
    },
  });
  const channels = await tx.notificationChannel.findMany({
    where: { enabled: true, severities: { has: incident.severity } },
    select: { id: true, quiet: true },
  });
  if (channels.length === 0) return 0;
  const flapping =
    CHECK_EVENTS.includes(notice.event) &&
    (await tx.notification.findFirst({
      where: {
        incidentId: notice.incidentId,
        event: { in: CHECK_EVENTS },
        status: { not: "SUPPRESSED" },
        createdAt: { gt: new Date(now.getTime() - FLAP_WINDOW_MS) },
      },
      select: { id: true },
    })) !== null;
  const payload: IncidentPayload = {
    number: incident.number,
    title: incident.title,
    severity: incident.severity,
    status: incident.status,
    commander: incident.commander ? displayName(incident.commander) : null,
    event: notice.event,
    headline: notice.headline,
    text: notice.text ?? null,
    fields: notice.fields ?? [],
  };
  const paging = PAGING_SEVERITIES.includes(incident.severity);
  await tx.notification.createMany({
    data: channels.map((c) => ({
      channelId: c.id,
      incidentId: notice.incidentId,
      event: notice.event,
      status: flapping ? ("SUPPRESSED" as const) : ("QUEUED" as const),
      quiet: c.quiet || !paging,
      payload: payload as unknown as Prisma.InputJsonValue,
      summary: `[${incident.severity}] #${incident.number} ${notice.headline}`.slice(0, 300),
      nextAttemptAt: now,
      createdAt: now,
    })),
  });
  return channels.length;
}
