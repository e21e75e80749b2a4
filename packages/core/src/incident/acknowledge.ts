import type { ServiceCall } from "../call.ts";
import { ConflictError } from "../errors.ts";
import { type AnyCtx, assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { enqueueNotifications } from "../notification/enqueue.ts";
import { stopEscalation } from "../escalation/stop.ts";
import { recordDueBreaches } from "./breaches.ts";
import { getIncident, type IncidentDetailDto } from "./get.ts";
import { addEvent, assertOpen, finish, INCIDENT_STATE_SELECT, lockIncident, nameOf, type Tx } from "./internal.ts";
import { type TIncidentRef, ZIncidentRef } from "./schemas.ts";

/**
 * Record that someone is on it (RESPONDER): sets acknowledgedAt once (and respondedAt, unless an earlier
 * resolution already answered); a second acknowledgement is refused. A late one records the breach too.
 */
export async function acknowledgeIncident({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TIncidentRef>): Promise<IncidentDetailDto> {
  assertRole(ctx, "RESPONDER");
  const { number } = parseInput(ZIncidentRef, input);
  const id = await db.$transaction((tx) => acknowledgeLocked(tx, ctx, number, now));
  return getIncident({ db, ctx, input: { id }, now });
}

/**
 * The acknowledgement inside the caller's transaction, as `ctx` (whose role the caller has checked);
 * `via` says how it came when that is not the app, e.g. a page's one-click link. Returns the incident's id.
 */
export async function acknowledgeLocked(tx: Tx, ctx: AnyCtx, number: number, now: Date, via?: string): Promise<string> {
  const before = await lockIncident(tx, number);
  if (before.acknowledgedAt)
    throw new ConflictError(`Incident #${number} was already acknowledged at ${before.acknowledgedAt.toISOString()}`);
  assertOpen(before, "acknowledging it");
  await recordDueBreaches(tx, before, now);
  const after = await tx.incident.update({
    where: { id: before.id },
    data: { acknowledgedAt: now, respondedAt: before.respondedAt ?? now },
    select: INCIDENT_STATE_SELECT,
  });
  const message = via ? `Acknowledged ${via}` : "Acknowledged";
  await addEvent(tx, ctx, before.id, { kind: "acknowledged", message, at: now });
  await stopEscalation(tx, ctx, before.id, "acknowledged", now);
  const by = ctx.actor ? ` by ${await nameOf(tx, ctx.actor.id)}` : "";
  await enqueueNotifications(tx, { incidentId: before.id, event: "acknowledged", headline: `Acknowledged${by}` }, now);
  await finish(tx, ctx, { action: "incident.acknowledge", before, after, incident: before, live: "incident.changed" });
  return before.id;
}
