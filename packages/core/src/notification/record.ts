import type { NotificationChannelKind, NotificationStatus } from "@opsdeck/db";
import type { Delivery } from "@opsdeck/integrations";
import { addEvent } from "../incident/internal.ts";
import { publishLive } from "../live/publish.ts";
import { publishRuleChange } from "../alert/internal.ts";
import { systemCtx } from "../roles.ts";
import { channelLabel, type Tx } from "./internal.ts";
import { EVENT_LABEL } from "./kinds.ts";

/** The notification an attempt was made for, as read before the attempt. */
export type Attempted = {
  id: string;
  event: string;
  incidentId: string | null;
  checklistRunId: string | null;
  alertRuleEventId: bigint | null;
  nextAttemptAt: Date;
  channel: { name: string; kind: NotificationChannelKind };
};

const seconds = (ms: number) =>
  ms < 60_000 ? `${Math.round(ms / 100) / 10} s` : `${Math.round((ms / 60_000) * 10) / 10} min`;

/**
 * Record one attempt's outcome in the caller's transaction: sent; failed with the next attempt's
 * time; or failed for good (after the last attempt, or at once for a refusal that will not change).
 * The row keeps the status, attempts and last error; an incident's timeline also gets an entry, and
 * a checklist run's or an alert rule's page hears of it (neither has a timeline: their
 * notifications are listed there).
 * A row no longer QUEUED (or, with `jobId`, no longer waiting on that job) is left alone: null.
 */
export async function recordAttempt(
  tx: Tx,
  n: Attempted,
  result: Delivery,
  at: Date,
  delays: readonly number[],
  jobId?: string,
): Promise<NotificationStatus | null> {
  const [row] = await tx.$queryRaw<{ status: NotificationStatus; attempts: number; jobId: string | null }[]>`
    SELECT status, attempts, "jobId" FROM "Notification" WHERE id = ${n.id} FOR UPDATE`;
  if (row?.status !== "QUEUED" || (jobId !== undefined && row.jobId !== jobId)) return null;
  const attempt = row.attempts + 1;
  const label = `${channelLabel(n.channel)}: `;
  const what = EVENT_LABEL[n.event as keyof typeof EVENT_LABEL] ?? n.event;
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
    where: { id: n.id },
    data: {
      status,
      attempts: attempt,
      lastError: result.ok ? null : result.detail.slice(0, 1000),
      sentAt: result.ok ? at : null,
      jobId: null,
      nextAttemptAt: status === "QUEUED" ? new Date(at.getTime() + (delay ?? 0)) : n.nextAttemptAt,
    },
  });
  if (n.incidentId)
    await noteOnIncident(tx, n.incidentId, message, at, {
      notificationId: n.id,
      channel: n.channel.name,
      status,
      attempt,
    });
  if (n.checklistRunId) {
    const run = await tx.checklistRun.findUnique({
      where: { id: n.checklistRunId },
      select: { template: { select: { slug: true } } },
    });
    if (run) await publishLive(tx, "checklist.notification", { slug: run.template.slug, runId: n.checklistRunId });
  }
  if (n.alertRuleEventId !== null) {
    const event = await tx.alertRuleEvent.findUnique({
      where: { id: n.alertRuleEventId },
      select: { rule: { select: { id: true, version: true } } },
    });
    if (event) await publishRuleChange(tx, event.rule);
  }
  return status;
}

async function noteOnIncident(tx: Tx, incidentId: string, message: string, at: Date, data: Record<string, unknown>) {
  await addEvent(tx, systemCtx("worker"), incidentId, { kind: "notification", message, at, data });
  const incident = await tx.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { number: true } });
  await publishLive(tx, "incident.timeline", { number: incident.number, id: incidentId });
}
