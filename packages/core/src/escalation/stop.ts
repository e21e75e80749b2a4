import type { AnyCtx } from "../roles.ts";
import type { Tx } from "./internal.ts";

/**
 * Inside the transaction that acknowledges or resolves an incident: stop its escalation, so a step
 * job that wakes later finds it stopped and sends nothing. Returns whether one was running.
 */
export async function stopEscalation(
  tx: Tx,
  ctx: AnyCtx,
  incidentId: string,
  reason: "acknowledged" | "resolved",
  now: Date,
): Promise<boolean> {
  const { count } = await tx.incidentEscalation.updateMany({
    where: { incidentId, stoppedAt: null },
    data: { stoppedAt: now, stopReason: reason },
  });
  // Written here rather than through incident/internal's addEvent, which calls this on resolution.
  if (count)
    await tx.incidentEvent.create({
      data: {
        incidentId,
        authorId: ctx.actor?.id ?? null,
        kind: "escalation",
        message: `Escalation stopped: ${reason}`,
        at: now,
        data: { stopped: reason },
      },
    });
  return count > 0;
}
