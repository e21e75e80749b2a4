import type { Prisma } from "@opsdeck/db";
import { dueBreaches, type SlaTarget } from "../severity/sla.ts";
import { formatMinutes } from "../severity/policy.ts";
import { INCIDENT_STATE_SELECT, type IncidentState, type Tx } from "./state.ts";

const WHAT: Record<SlaTarget, string> = { response: "acknowledged", resolve: "resolved" };
const COLUMN = { response: "responseBreachedAt", resolve: "resolveBreachedAt" } as const;

/** "Response target missed: not acknowledged within 15 min of detection (P1)" */
export const breachMessage = (target: SlaTarget, minutes: number, severity: string): string =>
  `${target === "response" ? "Response" : "Resolve"} target missed: not ${WHAT[target]} within ${formatMinutes(minutes)} of detection (${severity})`;

/**
 * Record the targets `incident` has missed by `now` and not yet recorded: the column, once, and an
 * `sla_breach` timeline entry by nobody (the clock, not the person acting) dated when it was missed.
 * Call it inside the incident's transaction with its state before the change at hand (an
 * acknowledgement after the deadline is a breach), or after a change that moves the deadline
 * (`since`: the change's time). Returns the state with the breaches set.
 */
export async function recordDueBreaches(
  tx: Tx,
  incident: IncidentState,
  now: Date,
  since?: Date,
): Promise<IncidentState> {
  const due = dueBreaches(incident, now, since);
  if (due.length === 0) return incident;
  const data: Prisma.IncidentUpdateInput = {};
  for (const b of due) {
    data[COLUMN[b.target]] = b.at;
    await tx.incidentEvent.create({
      data: {
        incidentId: incident.id,
        kind: "sla_breach",
        message: breachMessage(b.target, b.targetMinutes, incident.severity),
        at: b.at,
        data: { target: b.target, severity: incident.severity, targetMinutes: b.targetMinutes },
      },
    });
  }
  return tx.incident.update({ where: { id: incident.id }, data, select: INCIDENT_STATE_SELECT });
}
