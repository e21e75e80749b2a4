import type { Db, EscalationSendModel } from "@opsdeck/db";
import { methodsOf } from "../contact/internal.ts";
import { addEvent, displayName } from "../incident/internal.ts";
import { publishLive } from "../live/publish.ts";
import { systemCtx } from "../roles.ts";
import { claimStep, type StepRef } from "./claim.ts";
import { deliverPage, type EscalationDeps, stepLabel } from "./deliver.ts";
import type { Tx } from "./internal.ts";
import { layerPersonAt } from "./person.ts";
import type { EnginePolicy } from "./timing.ts";

export type { EscalationDeps } from "./deliver.ts";

const ctx = systemCtx("escalation");

/** The person a step pages now, or why nobody is. */
async function personOf(tx: Tx, p: EnginePolicy, step: number, now: Date) {
  const s = p.steps[step];
  if (!s) return { why: "the step is gone" } as const;
  const userId =
    s.userId ?? (s.scheduleId && s.layerName ? await layerPersonAt(tx, s.scheduleId, s.layerName, now) : null);
  const where = s.schedule ? `${s.schedule.name} / ${s.layerName}` : "";
  if (!userId) return { why: `nobody is on call on ${where}` } as const;
  const user = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, name: true, email: true },
  });
  return { user, where } as const;
}

/**
 * Claim a step and, in the same transaction, write one `EscalationSend` per contact method of the
 * step's person (or say on the timeline why nobody is paged). Once this commits the step is taken: its
 * pages are sent by this caller, or after a lease by another worker should this one die.
 */
export async function claimPages(tx: Tx, ref: StepRef, now: Date, minuteMs: number): Promise<EscalationSendModel[]> {
  const claimed = await claimStep(tx, ctx, ref, now, minuteMs);
  if (claimed?.kind !== "send") return [];
  const { policy, incidentId, number, dueAt } = claimed;
  const who = await personOf(tx, policy, ref.step, now);
  const note = async (message: string, data: Record<string, unknown>) => {
    await addEvent(tx, ctx, incidentId, { kind: "page", message: `${stepLabel(ref)}: ${message}`, at: now, data });
    await publishLive(tx, "incident.timeline", { number, id: incidentId });
    return [];
  };
  if (!("user" in who) || !who.user) return note(`${who.why}; nobody paged`, { ...ref });
  const methods = await methodsOf(tx, who.user.id);
  if (methods.length === 0)
    return note(`${displayName(who.user)} has no contact methods; nobody paged`, {
      ...ref,
      user: who.user.email,
      ok: false,
    });
  const base = { escalationId: ref.escalationId, incidentId, round: ref.round, step: ref.step, dueAt, claimedAt: now };
  return tx.escalationSend.createManyAndReturn({
    data: methods.map((m) => ({ ...base, userId: who.user.id, methodId: m.id })),
  });
}

/**
 * One step of an escalation (the worker's job for it): claim it with its pages in one short
 * transaction, then send to all of the person's contact methods at once, each recorded with a
 * timeline entry as it completes. A stopped escalation, or a step another worker holds or has sent,
 * sends nothing. A worker that dies before the claim commits leaves the step to be queued again (see
 * dispatch.ts); one that dies after it leaves its pages to be sent again by another (lost-pages.ts),
 * so a page delivered in the instant before such a death can arrive twice. Returns the pages delivered.
 */
export async function runEscalationStep({
  db,
  ref,
  deps,
  now = () => new Date(),
}: {
  db: Db;
  ref: StepRef;
  deps: EscalationDeps;
  now?: () => Date;
}): Promise<number> {
  const sends = await db.$transaction((tx) => claimPages(tx, ref, now(), deps.minuteMs ?? 60_000));
  const delivered = await Promise.all(sends.map((s) => deliverPage(db, s, deps, now)));
  return delivered.filter(Boolean).length;
}
