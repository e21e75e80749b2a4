import { addEvent } from "../incident/internal.ts";
import { publishLive } from "../live/publish.ts";
import type { AnyCtx } from "../roles.ts";
import type { Tx } from "./internal.ts";
import { ENGINE_INCLUDE, type EnginePolicy, stepDueAt } from "./timing.ts";

export type StepRef = { escalationId: string; round: number; step: number };

export type Claimed =
  | { kind: "send"; policy: EnginePolicy; incidentId: string; number: number; dueAt: Date }
  | { kind: "unanswered" }
  | null;

/**
 * Claim (round, step) of an escalation inside the caller's transaction, which then sends the step: the
 * row is locked (one caller at a time; another finds it locked and gives up at once), after a key-share
 * lock on its incident, and moved on to the next step, due after this one's wait. Should the caller die before committing, the claim rolls
 * back with its pages and the step is queued again. A stopped escalation, one that has moved on, or one
 * another caller holds gives null. Past the last step of the last repeat it is marked unanswered.
 */
export async function claimStep(tx: Tx, ctx: AnyCtx, ref: StepRef, now: Date, minuteMs: number): Promise<Claimed> {
  // The incident first, as acknowledging and resolving lock it before they stop the escalation: this
  // waits for one of them to commit, rather than deadlocking with it once the step writes its pages.
  const [of] = await tx.$queryRaw<{ incidentId: string }[]>`
    SELECT "incidentId" FROM "IncidentEscalation" WHERE id = ${ref.escalationId}`;
  if (!of) return null;
  await tx.$queryRaw`SELECT 1 FROM "Incident" WHERE id = ${of.incidentId} FOR KEY SHARE`;
  const locked = await tx.$queryRaw<unknown[]>`
    SELECT 1 FROM "IncidentEscalation" WHERE id = ${ref.escalationId} FOR UPDATE SKIP LOCKED`;
  if (locked.length === 0) return null;
  const e = await tx.incidentEscalation.findUnique({
    where: { id: ref.escalationId },
    include: { policy: { include: ENGINE_INCLUDE }, incident: { select: { id: true, number: true } } },
  });
  if (!e?.policy || e.stoppedAt || e.unansweredAt || e.round !== ref.round || e.step !== ref.step) return null;
  const p = e.policy;
  const cas = { id: e.id, round: ref.round, step: ref.step, stoppedAt: null, unansweredAt: null };
  if (ref.round > p.repeat) {
    const { count } = await tx.incidentEscalation.updateMany({
      where: cas,
      data: { unansweredAt: now, jobId: null, queuedAt: null },
    });
    if (!count) return null;
    const pages = await tx.incidentPage.count({ where: { escalationId: e.id, ok: true } });
    await addEvent(tx, ctx, e.incidentId, {
      kind: "escalation",
      message: `Unanswered: nobody acknowledged after ${pages} page${pages === 1 ? "" : "s"}`,
      at: now,
      data: { unanswered: true, pages },
    });
    await publishLive(tx, "incident.changed", { number: e.incident.number, id: e.incident.id });
    return { kind: "unanswered" };
  }
  const last = ref.step + 1 >= p.steps.length;
  const next = last ? { round: ref.round + 1, step: 0 } : { round: ref.round, step: ref.step + 1 };
  const waited = new Date(now.getTime() + (p.steps[ref.step]?.waitMinutes ?? 1) * minuteMs);
  const dueAt = next.round > p.repeat ? waited : stepDueAt(p, next.step, waited);
  const { count } = await tx.incidentEscalation.updateMany({
    where: cas,
    data: { ...next, dueAt, jobId: null, queuedAt: null },
  });
  if (!count) return null;
  if (ref.step === 0 && ref.round > 0)
    await addEvent(tx, ctx, e.incidentId, {
      kind: "escalation",
      message: `Nobody acknowledged: repeating the chain (repeat ${ref.round} of ${p.repeat})`,
      at: now,
      data: { round: ref.round },
    });
  return { kind: "send", policy: p, incidentId: e.incident.id, number: e.incident.number, dueAt: e.dueAt };
}
