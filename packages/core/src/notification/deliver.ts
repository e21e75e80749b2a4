import type { Db, NotificationStatus } from "@opsdeck/db";
import { type Delivery, deliverMessage } from "@opsdeck/integrations";
import { addEvent } from "../incident/internal.ts";
import { publishLive } from "../live/publish.ts";
import { systemCtx } from "../roles.ts";
import { channelEndpoint, channelLabel, type Tx } from "./internal.ts";
import { EVENT_LABEL, type NotifyEvent, RETRY_DELAYS_MS } from "./kinds.ts";
import { messageOf } from "./message.ts";

export type NotifyDeps = {
  secretKey: Buffer;
  /** The public URL (NEXTAUTH_URL) that messages link the incident under. */
  baseUrl?: string;
  /** Waits before each retry; their count + 1 is the number of attempts. */
  retryDelaysMs?: readonly number[];
  timeoutMs?: number;
};

const seconds = (ms: number) =>
  ms < 60_000 ? `${Math.round(ms / 100) / 10} s` : `${Math.round((ms / 60_000) * 10) / 10} min`;

/**
 * One attempt at one notification (the worker's job): send it, then record in one transaction its
 * new status and a timeline entry on the incident: sent; failed with the next attempt's time; or
 * failed for good (after the last attempt, or at once for a refusal that will not change, such as
 * a 4xx other than 429). A row no longer QUEUED (sent meanwhile, channel deleted) is left alone.
 * Returns the status it ends in, or null when there was nothing to do.
 */
export async function deliverNotification({
  db,
  id,
  deps,
  now = () => new Date(),
}: {
  db: Db;
  id: string;
  deps: NotifyDeps;
  now?: () => Date;
}): Promise<NotificationStatus | null> {
  const n = await db.notification.findUnique({
    where: { id },
    include: { channel: { select: { id: true, name: true, kind: true, config: true, enabled: true } } },
  });
  if (n?.status !== "QUEUED") return null;
  let result: Delivery;
  if (!n.channel.enabled) result = { ok: false, retryable: false, detail: "the channel is disabled" };
  else {
    try {
      const endpoint = await channelEndpoint(db, deps.secretKey, n.channel);
      result = await deliverMessage(endpoint, messageOf(n, deps.baseUrl), { timeoutMs: deps.timeoutMs, now: now() });
    } catch (err) {
      result = { ok: false, retryable: false, detail: `not sent: ${(err as Error).message}` };
    }
  }
  const delays = deps.retryDelaysMs ?? RETRY_DELAYS_MS;
  const at = now();
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ status: NotificationStatus; attempts: number }[]>`
      SELECT status, attempts FROM "Notification" WHERE id = ${id} FOR UPDATE`;
    if (row?.status !== "QUEUED") return null;
    const attempt = row.attempts + 1;
    const label = `${channelLabel(n.channel)}: `;
    const what = EVENT_LABEL[n.event as NotifyEvent] ?? n.event;
    const delay = delays[attempt - 1];
    let status: NotificationStatus;
    let message: string;
    if (result.ok) {
      status = "SENT";
      message = `${label}sent (${what})${attempt > 1 ? ` on attempt ${attempt}` : ""}`;
    } else if (result.retryable && delay !== undefined) {
      status = "QUEUED";
      message = `${label}attempt ${attempt} of ${delays.length + 1} failed (${what}): ${result.detail}; retrying in ${seconds(delay)}`;
    } else {
      status = "FAILED";
      message = result.retryable
        ? `${label}failed after ${attempt} attempts (${what}): ${result.detail}`
        : `${label}failed (${what}), not retried: ${result.detail}`;
    }
    await tx.notification.update({
      where: { id },
      data: {
        status,
        attempts: attempt,
        lastError: result.ok ? null : result.detail.slice(0, 1000),
        sentAt: result.ok ? at : null,
        jobId: null,
        nextAttemptAt: status === "QUEUED" ? new Date(at.getTime() + (delay ?? 0)) : n.nextAttemptAt,
      },
    });
    await noteDelivery(tx, n.incidentId, message, at, { notificationId: id, channel: n.channel.name, status, attempt });
    return status;
  });
}

async function noteDelivery(tx: Tx, incidentId: string, message: string, at: Date, data: Record<string, unknown>) {
  await addEvent(tx, systemCtx("worker"), incidentId, { kind: "notification", message, at, data });
  const incident = await tx.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { number: true } });
  await publishLive(tx, "incident.timeline", { number: incident.number, id: incidentId });
}
