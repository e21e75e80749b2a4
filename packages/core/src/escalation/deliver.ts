import type { ContactMethodModel, Db, EscalationSendModel } from "@opsdeck/db";
import { type PageMessage, sendPage } from "@opsdeck/integrations";
import { contactEndpoint } from "../contact/endpoint.ts";
import { addEvent, displayName } from "../incident/internal.ts";
import { publishLive } from "../live/publish.ts";
import { incidentUrl } from "../notification/message.ts";
import { systemCtx } from "../roles.ts";
import { ackUrlFor } from "./ack-url.ts";

export type EscalationDeps = {
  secretKey: Buffer;
  /** The public URL (NEXTAUTH_URL) the incident and acknowledge links are built under. */
  baseUrl?: string;
  /** How long a policy's minute lasts: 60 000, shorter in tests. */
  minuteMs?: number;
  timeoutMs?: number;
};

const ctx = systemCtx("escalation");

export const stepLabel = (s: { round: number; step: number }) =>
  `Step ${s.step + 1}${s.round ? ` (repeat ${s.round})` : ""}`;

/** Send one page on one method; never throws. */
async function sendOne(db: Db, deps: EscalationDeps, m: ContactMethodModel, message: PageMessage, now: Date) {
  try {
    const r = await sendPage(await contactEndpoint(db, deps.secretKey, m), message, { timeoutMs: deps.timeoutMs, now });
    return { ok: r.ok, detail: r.detail };
  } catch (err) {
    return { ok: false, detail: `not sent: ${(err as Error).message}` };
  }
}

/**
 * Send one claimed page, unless its escalation has stopped since, outside any transaction (a slow receiver holds no lock or connection), then
 * record its outcome as an `IncidentPage` with a timeline entry and drop the claim, in one transaction.
 * Should this sender have been taken over meanwhile (it outlived its lease), the other records it.
 * Returns whether the page was delivered.
 */
export async function deliverPage(
  db: Db,
  send: EscalationSendModel,
  deps: EscalationDeps,
  now: () => Date = () => new Date(),
): Promise<boolean> {
  // One read after another: a worker's pool is small, and several pages may be on their way at once.
  const escalation = await db.incidentEscalation.findUnique({
    where: { id: send.escalationId },
    select: { stoppedAt: true },
  });
  const incident = await db.incident.findUnique({
    where: { id: send.incidentId },
    select: { number: true, title: true, severity: true, service: { select: { name: true } } },
  });
  const user = await db.user.findUnique({ where: { id: send.userId }, select: { id: true, name: true, email: true } });
  const method = await db.contactMethod.findUnique({ where: { id: send.methodId } });
  // Acknowledged or resolved since the claim (a page taken over from a dead sender, most often): not sent.
  if (!escalation || escalation.stoppedAt || !incident || !user || !method) {
    await db.escalationSend.deleteMany({ where: { id: send.id } });
    return false;
  }
  const name = displayName(user);
  const message: PageMessage = {
    number: incident.number,
    title: incident.title,
    severity: incident.severity,
    service: incident.service?.name ?? null,
    to: name,
    url: incidentUrl(deps.baseUrl, incident.number),
    ackUrl: await db.$transaction((tx) => ackUrlFor(tx, deps.baseUrl, send.incidentId, user.id, now())),
  };
  const { ok, detail } = await sendOne(db, deps, method, message, now());
  const at = now();
  const label = stepLabel(send);
  const again = send.attempts > 1 ? ", sent again after its first sender stopped" : "";
  await db.$transaction(async (tx) => {
    const { count } = await tx.escalationSend.deleteMany({ where: { id: send.id, claimedAt: send.claimedAt } });
    if (!count) return;
    await tx.incidentPage.createMany({
      data: [
        {
          incidentId: send.incidentId,
          escalationId: send.escalationId,
          round: send.round,
          step: send.step,
          userId: user.id,
          methodId: method.id,
          methodKind: method.kind,
          dueAt: send.dueAt,
          sentAt: at,
          ok,
          error: ok ? null : detail.slice(0, 500),
        },
      ],
      skipDuplicates: true,
    });
    const how = method.kind.toLowerCase();
    await addEvent(tx, ctx, send.incidentId, {
      kind: "page",
      message: ok
        ? `${label}: paged ${name} by ${how}${again}`
        : `${label}: page to ${name} by ${how} failed: ${detail.slice(0, 300)}${again}`,
      at,
      data: { round: send.round, step: send.step, user: user.email, method: method.kind, ok, attempts: send.attempts },
    });
    await publishLive(tx, "incident.timeline", { number: incident.number, id: send.incidentId });
  });
  return ok;
}
