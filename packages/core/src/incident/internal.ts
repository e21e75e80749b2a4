import type { IncidentRole, Prisma } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import { ConflictError, NotFoundError, ValidationError } from "../errors.ts";
import type { LiveKind } from "../live/kinds.ts";
import { publishLive } from "../live/publish.ts";
import { type AnyCtx, hasRole } from "../roles.ts";
import { stopEscalation } from "../escalation/stop.ts";
import { recordDueBreaches } from "./breaches.ts";
import type { TimelineKind } from "./kinds.ts";
import { INCIDENT_STATE_SELECT, type IncidentState, type Tx } from "./state.ts";

export { INCIDENT_STATE_SELECT, type IncidentState, type Tx } from "./state.ts";

/**
 * The incident, locked until the transaction ends: two changes to one incident run one after the
 * other, so the second sees what the first did (acknowledging twice is refused, not doubled).
 */
export async function lockIncident(tx: Tx, number: number): Promise<IncidentState> {
  const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Incident" WHERE number = ${number} FOR UPDATE`;
  if (!row) throw new NotFoundError(`Incident #${number} not found`);
  return tx.incident.findUniqueOrThrow({ where: { id: row.id }, select: INCIDENT_STATE_SELECT });
}

export function assertOpen(incident: IncidentState, doing: string): void {
  if (incident.status === "RESOLVED")
    throw new ConflictError(`Incident #${incident.number} is resolved: reopen it before ${doing}`);
}

/** Why a user cannot hold an incident role, or null when they can. */
export async function assignableUserError(tx: Tx, userId: string): Promise<string | null> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, disabledAt: true } });
  if (!user) return "No such user";
  if (user.disabledAt) return "That user is disabled";
  if (!hasRole(user.role, "RESPONDER")) return "Choose a responder or an admin: viewers cannot act on incidents";
  return null;
}

export async function assertAssignable(tx: Tx, field: string, userId: string | null): Promise<void> {
  const error = userId && (await assignableUserError(tx, userId));
  if (error) throw new ValidationError({ [field]: [error] });
}

/** Add a timeline entry written by the caller (none for the system). */
export async function addEvent(
  tx: Tx,
  ctx: AnyCtx,
  incidentId: string,
  e: { kind: TimelineKind; message: string; at: Date; data?: Record<string, unknown> },
): Promise<void> {
  await tx.incidentEvent.create({
    data: {
      incidentId,
      authorId: ctx.actor?.id ?? null,
      kind: e.kind,
      message: e.message,
      at: e.at,
      data: e.data === undefined ? undefined : (JSON.parse(JSON.stringify(e.data)) as Prisma.InputJsonValue),
    },
  });
}

/** End whoever holds `role` now and, unless `userId` is null, start their successor's term. */
export async function handOver(
  tx: Tx,
  ctx: AnyCtx,
  incidentId: string,
  role: IncidentRole,
  userId: string | null,
  at: Date,
): Promise<void> {
  await tx.incidentRoleAssignment.updateMany({ where: { incidentId, role, endedAt: null }, data: { endedAt: at } });
  if (userId)
    await tx.incidentRoleAssignment.create({
      data: { incidentId, role, userId, assignedById: ctx.actor?.id ?? null, startedAt: at },
    });
}

/** The audit row, then the live event: the last statement of every incident change. */
export async function finish(
  tx: Tx,
  ctx: AnyCtx,
  o: {
    action: string;
    before: IncidentState | null;
    after: unknown;
    incident: { id: string; number: number };
    live: LiveKind;
  },
): Promise<void> {
  await recordAudit(tx, ctx, {
    action: o.action,
    targetType: "incident",
    targetId: o.incident.id,
    before: o.before ?? undefined,
    after: o.after,
  });
  await publishLive(tx, o.live, { number: o.incident.number, id: o.incident.id });
}

export const displayName = (u: { name: string | null; email: string } | null): string =>
  u ? (u.name ?? u.email) : "nobody";

/** The name of a user as the timeline shows it. */
export async function nameOf(tx: Tx, userId: string | null): Promise<string> {
  if (!userId) return "nobody";
  return displayName(await tx.user.findUnique({ where: { id: userId }, select: { name: true, email: true } }));
}

/** "at" must fall between the incident's detection and now. */
export function assertWithinIncident(field: string, at: Date, incident: IncidentState, now: Date): void {
  if (at.getTime() > now.getTime()) throw new ValidationError({ [field]: ["Cannot be in the future"] });
  if (at.getTime() < incident.detectedAt.getTime())
    throw new ValidationError({
      [field]: [`Cannot be before the incident was detected (${incident.detectedAt.toISOString()})`],
    });
}

/**
 * Resolve an open incident: any target it missed first, then the status, resolvedAt (and mitigatedAt
 * and respondedAt if still unset: resolving is also the response nobody acknowledged) and the timeline entry.
 */
export async function applyResolution(
  tx: Tx,
  ctx: AnyCtx,
  before: IncidentState,
  now: Date,
  entry: { message: string; data?: Record<string, unknown> },
): Promise<IncidentState> {
  assertOpen(before, "resolving it again");
  await recordDueBreaches(tx, before, now);
  const after = await tx.incident.update({
    where: { id: before.id },
    data: {
      status: "RESOLVED",
      resolvedAt: now,
      mitigatedAt: before.mitigatedAt ?? now,
      respondedAt: before.respondedAt ?? now,
    },
    select: INCIDENT_STATE_SELECT,
  });
  await addEvent(tx, ctx, before.id, {
    kind: "resolved",
    message: entry.message,
    at: now,
    data: { from: before.status, ...entry.data },
  });
  await stopEscalation(tx, ctx, before.id, "resolved", now);
  return after;
}
