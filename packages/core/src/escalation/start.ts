import type { AnyCtx } from "../roles.ts";
import { addEvent } from "../incident/internal.ts";
import { choosePolicy } from "./choose.ts";
import type { Tx } from "./internal.ts";
import { stepDueAt } from "./timing.ts";

/**
 * Inside the transaction that opens an incident: start the escalation of the policy that applies, due
 * now (or when working hours begin). The row is the outbox: a worker queues its step as a job.
 * Returns the policy's name, or null when no policy covers the incident.
 */
export async function startEscalation(tx: Tx, ctx: AnyCtx, incidentId: string, now: Date): Promise<string | null> {
  const incident = await tx.incident.findUniqueOrThrow({
    where: { id: incidentId },
    select: { severity: true, services: { select: { service: { select: { slug: true } } } } },
  });
  const policy = await choosePolicy(
    tx,
    incident.severity,
    incident.services.map((s) => s.service.slug),
  );
  if (!policy) return null;
  const dueAt = stepDueAt(policy, 0, now);
  await tx.incidentEscalation.create({ data: { incidentId, policyId: policy.id, dueAt } });
  const later = dueAt.getTime() > now.getTime() ? `; first page when working hours begin, ${dueAt.toISOString()}` : "";
  await addEvent(tx, ctx, incidentId, {
    kind: "escalation",
    message: `Escalating by policy ${policy.name}${later}`,
    at: now,
    data: { policy: policy.name, dueAt: dueAt.toISOString() },
  });
  return policy.name;
}
