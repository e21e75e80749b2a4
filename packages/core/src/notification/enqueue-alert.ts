import type { AlertRuleModel, Prisma } from "@opsdeck/db";
import { labelsText } from "../alert/dto.ts";
import { ruleTerms } from "../alert/terms.ts";
import type { Tx } from "./internal.ts";
import { ALERT_EVENTS, FLAP_WINDOW_MS, PAGING_SEVERITIES } from "./kinds.ts";
import type { AlertPayload } from "./message.ts";

export type AlertNotice = {
  /** The AlertRuleEvent that records the change. */
  eventId: bigint;
  rule: AlertRuleModel;
  group: string;
  /** The service's name, when the group is a known service. */
  service: string | null;
  to: "FIRING" | "RESOLVED";
  value: number | null;
  at: Date;
};

/**
 * The outbox for a notify-only rule: inside the evaluation's transaction, one QUEUED Notification
 * per enabled channel that receives the rule's severity. Like a flapping check, a rule's service
 * that changes again within FLAP_WINDOW_MS of a notified change is written SUPPRESSED.
 * Returns how many rows were written.
 */
export async function enqueueAlertNotifications(tx: Tx, n: AlertNotice): Promise<number> {
  const { rule } = n;
  const channels = await tx.notificationChannel.findMany({
    where: { enabled: true, severities: { has: rule.severity } },
    select: { id: true, quiet: true },
  });
  if (channels.length === 0) return 0;
  const flapping =
    (await tx.notification.findFirst({
      where: {
        alertRuleEvent: { ruleId: rule.id, group: n.group },
        status: { not: "SUPPRESSED" },
        createdAt: { gt: new Date(n.at.getTime() - FLAP_WINDOW_MS) },
      },
      select: { id: true },
    })) !== null;
  const service = n.service ?? (n.group || null);
  const condition = ruleTerms({ ...rule, labels: labelsText(rule.labels) });
  const firing = n.to === "FIRING";
  const payload: AlertPayload = {
    about: "alert",
    event: firing ? "firing" : "resolved",
    rule: { id: rule.id, name: rule.name },
    severity: rule.severity,
    service,
    value: n.value === null ? null : +n.value.toFixed(3),
    condition,
    headline: firing ? `Firing: ${condition}` : `Resolved: ${condition} no longer holds`,
    at: n.at.toISOString(),
  };
  const paging = PAGING_SEVERITIES.includes(rule.severity);
  const where = service ? ` on ${service}` : "";
  await tx.notification.createMany({
    data: channels.map((c) => ({
      channelId: c.id,
      alertRuleEventId: n.eventId,
      event: firing ? ALERT_EVENTS.FIRING : ALERT_EVENTS.RESOLVED,
      status: flapping ? ("SUPPRESSED" as const) : ("QUEUED" as const),
      quiet: c.quiet || !paging,
      payload: payload as unknown as Prisma.InputJsonValue,
      summary: `[${rule.severity}] Alert ${rule.name}${where}: ${payload.event}`.slice(0, 300),
      nextAttemptAt: n.at,
      createdAt: n.at,
    })),
  });
  return channels.length;
}
