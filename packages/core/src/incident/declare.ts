import type { ServiceCall } from "../call.ts";
import { ValidationError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { severityLabel } from "../severity/policy.ts";
import { slaTargetsFor } from "../severity/read.ts";
import { parseInput } from "../validate.ts";
import { enqueueNotifications } from "../notification/enqueue.ts";
import { recordDueBreaches } from "./breaches.ts";
import { copyResponseSteps } from "../response/copy.ts";
import { startEscalation } from "../escalation/start.ts";
import { getIncident, type IncidentDetailDto } from "./get.ts";
import { addEvent, assertAssignable, finish, handOver, INCIDENT_STATE_SELECT, nameOf } from "./internal.ts";
import { type TDeclareIncident, ZDeclareIncident } from "./schemas.ts";

const MAX_BACKDATE_MS = 30 * 24 * 3600_000;

/**
 * Open an incident against one or more services (RESPONDER). The declarer is its commander unless
 * someone else is named. Detection is now unless an earlier time is given; the opening entry and
 * the commander's term start now.
 */
export async function declareIncident({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TDeclareIncident>): Promise<IncidentDetailDto> {
  assertRole(ctx, "RESPONDER");
  const { services: slugs, commanderId: chosen, detectedAt: detected, ...fields } = parseInput(ZDeclareIncident, input);
  const commanderId = chosen ?? ctx.actor?.id ?? null;
  const detectedAt = detected ? new Date(detected) : now;
  if (detectedAt.getTime() > now.getTime()) throw new ValidationError({ detectedAt: ["Cannot be in the future"] });
  if (detectedAt.getTime() < now.getTime() - MAX_BACKDATE_MS)
    throw new ValidationError({ detectedAt: ["Cannot be more than 30 days ago"] });
  const id = await db.$transaction(async (tx) => {
    const unique = [...new Set(slugs)];
    const found = await tx.service.findMany({ where: { slug: { in: unique } }, select: { id: true, slug: true } });
    const missing = unique.filter((s) => !found.some((f) => f.slug === s));
    if (missing.length) throw new ValidationError({ services: [`No service has the slug ${missing.join(", ")}`] });
    await assertAssignable(tx, "commanderId", commanderId);
    const ordered = unique.map((s) => found.find((f) => f.slug === s)?.id as string);
    const incident = await tx.incident.create({
      data: {
        ...fields,
        serviceId: ordered[0],
        commanderId,
        detectedAt,
        ...(await slaTargetsFor(tx, fields.severity)),
        createdAt: now,
        services: { create: ordered.map((serviceId) => ({ serviceId })) },
      },
      select: INCIDENT_STATE_SELECT,
    });
    await handOver(tx, ctx, incident.id, "COMMANDER", commanderId, now);
    await copyResponseSteps(tx, incident.id, fields.severity);
    if (detectedAt < now)
      await addEvent(tx, ctx, incident.id, { kind: "detected", message: "Detected", at: detectedAt });
    const message = `Declared ${severityLabel(fields.severity)}; commander ${await nameOf(tx, commanderId)}`;
    await addEvent(tx, ctx, incident.id, {
      kind: "opened",
      message,
      at: now,
      data: { severity: fields.severity, services: unique },
    });
    // Detected long enough ago, it has missed a target already (at the deadline, as detection says).
    await recordDueBreaches(tx, incident, now);
    await startEscalation(tx, ctx, incident.id, now);
    await enqueueNotifications(
      tx,
      { incidentId: incident.id, event: "declared", headline: message, text: fields.summary ?? null },
      now,
    );
    await finish(tx, ctx, {
      action: "incident.declare",
      before: null,
      after: { ...incident, services: unique },
      incident,
      live: "incident.created",
    });
    return incident.id;
  });
  return getIncident({ db, ctx, input: { id }, now });
}
