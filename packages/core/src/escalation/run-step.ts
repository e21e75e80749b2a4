import type { ContactMethodModel, Db } from "@opsdeck/db";
import { NOTIFY_TIMEOUT_MS, type PageMessage, sendPage } from "@opsdeck/integrations";
import { contactEndpoint } from "../contact/endpoint.ts";
import { methodsOf } from "../contact/internal.ts";
import { addEvent, displayName } from "../incident/internal.ts";
import { publishLive } from "../live/publish.ts";
import { incidentUrl } from "../notification/message.ts";
import { systemCtx } from "../roles.ts";
import { ackUrlFor } from "./ack-url.ts";
import { claimStep, type StepRef } from "./claim.ts";
import type { Tx } from "./internal.ts";
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

/** Send one page on one method; never throws. */
async function sendOne(tx: Tx, deps: EscalationDeps, m: ContactMethodModel, message: PageMessage, now: Date) {
  try {
    const r = await sendPage(await contactEndpoint(tx, deps.secretKey, m), message, {
      timeoutMs: deps.timeoutMs,
      now,
    });
    return { ok: r.ok, detail: r.detail };
  } catch (err) {
    return { ok: false, detail: `not sent: ${(err as Error).message}` };
  }
}

/**
 * One step of an escalation (the worker's job for it), in one transaction: claim it, then page the
 * step's person on all of their contact methods at once, recording every page and putting it on the
 * timeline. A stopped escalation, or a step another worker holds or has sent, sends nothing. A worker
 * that dies before committing leaves the step unclaimed, and it is queued again (see dispatch.ts); one
 * that dies between a delivery and the commit can have that step sent twice. Returns the pages sent.
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
  const timeout = (deps.timeoutMs ?? NOTIFY_TIMEOUT_MS) + 30_000;
  return db.$transaction((tx) => sendStep(tx, ref, deps, now), { maxWait: 10_000, timeout });
}

async function sendStep(tx: Tx, ref: StepRef, deps: EscalationDeps, now: () => Date): Promise<number> {
  const claimed = await claimStep(tx, ctx, ref, now(), deps.minuteMs ?? 60_000);
  if (claimed?.kind !== "send") return 0;
  const { policy, incidentId, number, dueAt } = claimed;
  const incident = await tx.incident.findUniqueOrThrow({
    where: { id: incidentId },
    select: { title: true, severity: true, service: { select: { name: true } } },
  });
  const label = `Step ${ref.step + 1}${ref.round ? ` (repeat ${ref.round})` : ""}`;
  const who = await personOf(tx, policy, ref.step, now());
  const live = () => publishLive(tx, "incident.timeline", { number, id: incidentId });
  if (!("user" in who) || !who.user) {
    await addEvent(tx, ctx, incidentId, {
      kind: "page",
      message: `${label}: ${who.why}; nobody paged`,
      at: now(),
      data: { ...ref },
    });
    await live();
    return 0;
  }
  const name = displayName(who.user);
  const methods = await methodsOf(tx, who.user.id);
  if (methods.length === 0) {
    await addEvent(tx, ctx, incidentId, {
      kind: "page",
      message: `${label}: ${name} has no contact methods; nobody paged`,
      at: now(),
      data: { ...ref, user: who.user.email, ok: false },
    });
    await live();
    return 0;
  }
  const message: PageMessage = {
    number,
    title: incident.title,
    severity: incident.severity,
    service: incident.service?.name ?? null,
    to: name,
    url: incidentUrl(deps.baseUrl, number),
    ackUrl: await ackUrlFor(tx, deps.baseUrl, incidentId, who.user.id, now()),
  };
  const outcomes = await Promise.all(
    methods.map(async (m) => ({ m, ...(await sendOne(tx, deps, m, message, now())), at: now() })),
  );
  for (const { m, ok, detail, at } of outcomes) {
    await tx.incidentPage.create({
      data: {
        incidentId,
        escalationId: ref.escalationId,
        round: ref.round,
        step: ref.step,
        userId: who.user.id,
        methodId: m.id,
        methodKind: m.kind,
        dueAt,
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
  }
  await live();
  return outcomes.filter((o) => o.ok).length;
}
