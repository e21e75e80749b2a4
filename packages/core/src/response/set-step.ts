import type { ResponseStepStatus } from "@opsdeck/db";
import { recordAudit } from "../audit/record.ts";
import type { ServiceCall } from "../call.ts";
import { NotFoundError } from "../errors.ts";
import { addEvent, lockIncident } from "../incident/internal.ts";
import { publishLive } from "../live/publish.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import type { IncidentResponseDto } from "./dto.ts";
import { readIncidentResponse } from "./get.ts";
import { type TSetResponseStep, ZSetResponseStep } from "./schemas.ts";

const STATE = { status: true, skipReason: true, answeredById: true, answeredAt: true } as const;

const entry = (to: ResponseStepStatus, title: string, reason: string | null) =>
  to === "DONE" ? `Done: ${title}` : to === "SKIPPED" ? `Skipped: ${title} (${reason})` : `Unticked: ${title}`;

/**
 * Tick a step of an incident's response checklist, untick it, or skip it with a reason (RESPONDER),
 * also once the incident is resolved. Each change is a timeline entry, an audit row and a live
 * event; asking for the state a step already has writes nothing.
 */
export async function setResponseStep({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TSetResponseStep>): Promise<IncidentResponseDto> {
  assertRole(ctx, "RESPONDER");
  const { number, stepId, done, skipReason } = parseInput(ZSetResponseStep, input);
  const status: ResponseStepStatus = done ? "DONE" : skipReason ? "SKIPPED" : "OPEN";
  await db.$transaction(async (tx) => {
    // The incident's lock puts ticks of one incident in a row: each reads what the one before wrote.
    const incident = await lockIncident(tx, number);
    const step = await tx.incidentResponseStep.findFirst({
      where: { id: stepId, incidentId: incident.id },
      select: { id: true, title: true, ...STATE },
    });
    if (!step) throw new NotFoundError(`Incident #${number} has no such response step`);
    if (step.status === status && step.skipReason === skipReason) return;
    const answered = status !== "OPEN";
    const after = await tx.incidentResponseStep.update({
      where: { id: step.id },
      data: {
        status,
        skipReason,
        answeredById: answered ? (ctx.actor?.id ?? null) : null,
        answeredAt: answered ? now : null,
      },
      select: STATE,
    });
    await addEvent(tx, ctx, incident.id, {
      kind: "response_step",
      message: entry(status, step.title, skipReason),
      at: now,
      data: { action: status.toLowerCase(), stepId: step.id, title: step.title, from: step.status, reason: skipReason },
    });
    const { title: _title, id: _id, ...before } = step;
    await recordAudit(tx, ctx, {
      action: "incident.response_step",
      targetType: "incident",
      targetId: incident.id,
      before: { stepId, title: step.title, ...before },
      after: { stepId, title: step.title, ...after },
    });
    await publishLive(tx, "response.changed", { number, id: incident.id, stepId });
  });
  return readIncidentResponse(db, number);
}
