import type { Db } from "@opsdeck/db";
import { type PageMessage, sendPage } from "@opsdeck/integrations";
import { contactEndpoint } from "../contact/endpoint.ts";
import { methodsOf } from "../contact/internal.ts";
import { addEvent, displayName } from "../incident/internal.ts";
import { publishLive } from "../live/publish.ts";
import { incidentUrl } from "../notification/message.ts";
import { systemCtx } from "../roles.ts";
import { ackUrlFor } from "./ack-url.ts";
import { claimStep, type StepRef } from "./claim.ts";
import { layerPersonAt } from "./person.ts";
import type { EnginePolicy } from "./timing.ts";

export type EscalationDeps = {
  secretKey: Buffer;
  /** The public URL (NEXTAUTH_URL) the incident and acknowledge links are built under. */
  baseUrl?: string;
  /** How long a policy's minute lasts: 60 000, shorter in tests. */
  minuteMs?: number;
  timeoutMs?: number;
};

const ctx = systemCtx("escalation");

/** The person a step pages now, or why nobody is. */
async function personOf(db: Db, p: EnginePolicy, step: number, now: Date) {
  const s = p.steps[step];
  if (!s) return { why: "the step is gone" } as const;
  const userId =
    s.userId ?? (s.scheduleId && s.layerName ? await layerPersonAt(db, s.scheduleId, s.layerName, now) : null);
  const where = s.schedule ? `${s.schedule.name} / ${s.layerName}` : "";
  if (!userId) return { why: `nobody is on call on ${where}` } as const;
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, name: true, email: true },
  });
  return { user, where } as const;
}

/**
 * One step of an escalation (the worker's job for it): claim it, then page the step's person on each
 * of their contact methods, recording every page and putting it on the timeline. A stopped
 * escalation, or a step another worker claimed, sends nothing. Returns how many pages were sent.
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
  const claimed = await claimStep(db, ctx, ref, now(), deps.minuteMs ?? 60_000);
  if (claimed?.kind !== "send") return 0;
  const { policy, incidentId, number } = claimed;
  const incident = await db.incident.findUniqueOrThrow({
    where: { id: incidentId },
    select: { title: true, severity: true, service: { select: { name: true } } },
  });
  const label = `Step ${ref.step + 1}${ref.round ? ` (repeat ${ref.round})` : ""}`;
  const who = await personOf(db, policy, ref.step, now());
  const live = () => publishLive(db, "incident.timeline", { number, id: incidentId });
  if (!("user" in who) || !who.user) {
    await addEvent(db, ctx, incidentId, {
      kind: "page",
      message: `${label}: ${who.why}; nobody paged`,
      at: now(),
      data: { ...ref },
    });
    await live();
    return 0;
  }
  const name = displayName(who.user);
  const methods = await methodsOf(db, who.user.id);
  if (methods.length === 0) {
    await addEvent(db, ctx, incidentId, {
      kind: "page",
      message: `${label}: ${name} has no contact methods; nobody paged`,
      at: now(),
      data: { ...ref, user: who.user.email, ok: false },
    });
    await live();
    return 0;
  }
  const ackUrl = await ackUrlFor(db, deps.baseUrl, incidentId, who.user.id, now());
  const message: PageMessage = {
    number,
    title: incident.title,
    severity: incident.severity,
    service: incident.service?.name ?? null,
    to: name,
    url: incidentUrl(deps.baseUrl, number),
    ackUrl,
  };
  let sent = 0;
  for (const m of methods) {
    let ok = false;
    let detail: string;
    try {
      const r = await sendPage(await contactEndpoint(db, deps.secretKey, m), message, {
        timeoutMs: deps.timeoutMs,
        now: now(),
      });
      ok = r.ok;
      detail = r.detail;
    } catch (err) {
      detail = `not sent: ${(err as Error).message}`;
    }
    const at = now();
    await db.$transaction(async (tx) => {
      await tx.incidentPage.create({
        data: {
          incidentId,
          escalationId: ref.escalationId,
          round: ref.round,
          step: ref.step,
          userId: who.user.id,
          methodId: m.id,
          methodKind: m.kind,
          sentAt: at,
          ok,
          error: ok ? null : detail.slice(0, 500),
        },
      });
      await addEvent(tx, ctx, incidentId, {
        kind: "page",
        message: ok
          ? `${label}: paged ${name} by ${m.kind.toLowerCase()}`
          : `${label}: page to ${name} by ${m.kind.toLowerCase()} failed: ${detail.slice(0, 300)}`,
        at,
        data: { ...ref, user: who.user.email, method: m.kind, ok },
      });
      await publishLive(tx, "incident.timeline", { number, id: incidentId });
    });
    if (ok) sent++;
  }
  return sent;
}
