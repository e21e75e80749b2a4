import type { AlertRuleModel } from "@opsdeck/db";
import { addEvent, finish, INCIDENT_STATE_SELECT } from "../incident/internal.ts";
import { enqueueNotifications } from "../notification/enqueue.ts";
import { copyResponseSteps } from "../response/copy.ts";
import { startEscalation } from "../escalation/start.ts";
import type { AnyCtx } from "../roles.ts";
import { slaTargetsFor } from "../severity/read.ts";
import { COMPARATOR_TEXT } from "./evaluate.ts";
import type { Tx } from "./internal.ts";

export type GroupService = { id: string; name: string } | null;
export type Firing = { rule: AlertRuleModel; group: string; service: GroupService; value: number | null; at: Date };

const condition = (f: Firing) =>
  `${f.rule.series} ${f.value === null ? "" : `${+f.value.toFixed(3)} `}${COMPARATOR_TEXT[f.rule.comparator]} ${f.rule.threshold}`;
const where = (f: Firing) => (f.service ? ` on ${f.service.name}` : f.group ? ` on ${f.group}` : "");

async function openIncidentOf(tx: Tx, f: Firing) {
  const [open] = await tx.$queryRaw<{ id: string; number: number }[]>`
    SELECT id, number FROM "Incident"
     WHERE "alertRuleId" = ${f.rule.id} AND "alertGroup" = ${f.group} AND status <> 'RESOLVED' FOR UPDATE`;
  return open ?? null;
}

/**
 * A rule's group went FIRING: open its incident, or note it on the one still open for this rule and
 * service (one at a time: a partial unique index, and the rule's row lock held by the caller).
 * Returns the incident's id.
 */
export async function fireIncident(tx: Tx, ctx: AnyCtx, f: Firing): Promise<string> {
  const notify = f.rule.action === "INCIDENT_NOTIFY";
  const message = `${f.rule.name}${where(f)} is firing: ${condition(f)}`;
  const data = { ruleId: f.rule.id, rule: f.rule.name, group: f.group, value: f.value };
  const open = await openIncidentOf(tx, f);
  if (open) {
    await addEvent(tx, ctx, open.id, { kind: "alert_firing", message, at: f.at, data });
    if (notify) await enqueueNotifications(tx, { incidentId: open.id, event: "check_state", headline: message }, f.at);
    await finish(tx, ctx, {
      action: "incident.alert_firing",
      before: null,
      after: data,
      incident: open,
      live: "incident.timeline",
    });
    return open.id;
  }
  const severity = f.rule.severity;
  const incident = await tx.incident.create({
    data: {
      title: `${f.rule.name}${where(f)}`.slice(0, 200),
      severity,
      serviceId: f.service?.id ?? null,
      alertRuleId: f.rule.id,
      alertGroup: f.group,
      detectedAt: f.at,
      ...(await slaTargetsFor(tx, severity)),
      createdAt: f.at,
      ...(f.service && { services: { create: [{ serviceId: f.service.id }] } }),
    },
    select: INCIDENT_STATE_SELECT,
  });
  await copyResponseSteps(tx, incident.id, severity);
  await addEvent(tx, ctx, incident.id, {
    kind: "opened",
    message: `opened by an alert rule: ${message}`,
    at: f.at,
    data,
  });
  await startEscalation(tx, ctx, incident.id, f.at);
  if (notify)
    await enqueueNotifications(
      tx,
      { incidentId: incident.id, event: "auto_opened", headline: `Opened: ${message}` },
      f.at,
    );
  await finish(tx, ctx, {
    action: "incident.alert_open",
    before: null,
    after: { ...incident, ...data },
    incident,
    live: "incident.created",
  });
  return incident.id;
}

/** The condition cleared: a timeline entry on the open incident, which people resolve. Its id, if one is open. */
export async function noteResolved(tx: Tx, ctx: AnyCtx, f: Firing): Promise<string | null> {
  const open = await openIncidentOf(tx, f);
  if (!open) return null;
  const message = `${f.rule.name}${where(f)} resolved: ${condition(f)} no longer holds`;
  const data = { ruleId: f.rule.id, rule: f.rule.name, group: f.group, value: f.value };
  await addEvent(tx, ctx, open.id, { kind: "alert_resolved", message, at: f.at, data });
  if (f.rule.action === "INCIDENT_NOTIFY")
    await enqueueNotifications(tx, { incidentId: open.id, event: "check_state", headline: message }, f.at);
  await finish(tx, ctx, {
    action: "incident.alert_resolved",
    before: null,
    after: data,
    incident: open,
    live: "incident.timeline",
  });
  return open.id;
}
