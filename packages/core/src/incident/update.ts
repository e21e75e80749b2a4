import type { IncidentRole } from "@opsdeck/db";
import type { ServiceCall } from "../call.ts";
import { assertRole } from "../roles.ts";
import { severityLabel } from "../severity/policy.ts";
import { slaTargetsFor } from "../severity/read.ts";
import { parseInput } from "../validate.ts";
import { enqueueNotifications } from "../notification/enqueue.ts";
import { recordDueBreaches } from "./breaches.ts";
import { addRaisedSeveritySteps } from "../response/copy.ts";
import { getIncident, type IncidentDetailDto } from "./get.ts";
import {
  addEvent,
  assertAssignable,
  assertWithinIncident,
  finish,
  handOver,
  INCIDENT_STATE_SELECT,
  lockIncident,
  nameOf,
  type Tx,
} from "./internal.ts";
import { type TUpdateIncident, ZUpdateIncident } from "./schemas.ts";

const ROLE_FIELDS = [
  ["commanderId", "COMMANDER", "Commander"],
  ["commsLeadId", "COMMS_LEAD", "Communications lead"],
] as const satisfies readonly (readonly [string, IncidentRole, string])[];

/**
 * Change severity, hand over the commander or communications lead, mark it customer-facing or public
 * (on the status page), or set when it was mitigated (RESPONDER). Each change is a timeline entry;
 * values equal to the current ones change nothing, and a call that changes nothing writes nothing.
 * A new severity brings the policy's targets for it to whichever of response and resolution is still
 * outstanding (a settled one keeps the target it was judged by); a deadline already past is missed now.
 */
export async function updateIncident({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TUpdateIncident>): Promise<IncidentDetailDto> {
  assertRole(ctx, "RESPONDER");
  const { number, ...patch } = parseInput(ZUpdateIncident, input);
  const id = await db.$transaction(async (tx) => {
    const before = await lockIncident(tx, number);
    const entries: Parameters<typeof addEvent>[3][] = [];
    const data: Parameters<Tx["incident"]["update"]>[0]["data"] = {};
    if (patch.severity && patch.severity !== before.severity) {
      data.severity = patch.severity;
      const targets = await slaTargetsFor(tx, patch.severity);
      if (!before.respondedAt) data.responseTargetMinutes = targets.responseTargetMinutes;
      if (!before.resolvedAt) data.resolveTargetMinutes = targets.resolveTargetMinutes;
      const message = `Severity ${before.severity} → ${severityLabel(patch.severity)}`;
      entries.push({ kind: "severity", message, at: now, data: { from: before.severity, to: patch.severity } });
    }
    for (const [field, role, label] of ROLE_FIELDS) {
      const to = patch[field];
      if (to === undefined || to === before[field]) continue;
      await assertAssignable(tx, field, to);
      await handOver(tx, ctx, before.id, role, to, now);
      data[field === "commanderId" ? "commander" : "commsLead"] = to ? { connect: { id: to } } : { disconnect: true };
      const message = `${label}: ${await nameOf(tx, to)} (was ${await nameOf(tx, before[field])})`;
      entries.push({ kind: "role", message, at: now, data: { role, from: before[field], to } });
    }
    if (patch.customerFacing !== undefined && patch.customerFacing !== before.customerFacing) {
      data.customerFacing = patch.customerFacing;
      const message = patch.customerFacing ? "Marked customer-facing" : "No longer marked customer-facing";
      entries.push({ kind: "customer_facing", message, at: now, data: { to: patch.customerFacing } });
    }
    if (patch.public !== undefined && patch.public !== before.public) {
      data.public = patch.public;
      const message = patch.public ? "Published on the status page" : "Taken off the status page";
      entries.push({ kind: "public", message, at: now, data: { to: patch.public } });
    }
    if (patch.mitigatedAt !== undefined) {
      const at = new Date(patch.mitigatedAt);
      assertWithinIncident("mitigatedAt", at, before, now);
      if (at.getTime() !== before.mitigatedAt?.getTime()) {
        data.mitigatedAt = at;
        const message = before.mitigatedAt ? "Mitigation time corrected" : "Mitigated";
        entries.push({ kind: "mitigated", message, at, data: { from: before.mitigatedAt?.toISOString() ?? null } });
      }
    }
    if (entries.length === 0) return before.id;
    const changed = await tx.incident.update({ where: { id: before.id }, data, select: INCIDENT_STATE_SELECT });
    for (const e of entries) await addEvent(tx, ctx, before.id, e);
    if (patch.severity && patch.severity !== before.severity)
      await addRaisedSeveritySteps(tx, ctx, before.id, { from: before.severity, to: patch.severity, at: now });
    const severity = entries.find((e) => e.kind === "severity");
    const after = severity ? await recordDueBreaches(tx, changed, now, now) : changed;
    // Routed by the new severity: a P3 raised to P1 now pages the on-call channels.
    if (severity)
      await enqueueNotifications(tx, { incidentId: before.id, event: "severity", headline: severity.message }, now);
    await finish(tx, ctx, { action: "incident.change", before, after, incident: before, live: "incident.changed" });
    return before.id;
  });
  return getIncident({ db, ctx, input: { id }, now });
}
