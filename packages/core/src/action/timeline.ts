import type { AnyCtx } from "../roles.ts";
import { addEvent } from "../incident/internal.ts";
import { publishLive } from "../live/publish.ts";
import type { Tx } from "./internal.ts";

/** Note a run's start or end on its linked incident's timeline (nothing when none is linked). */
export async function noteOnIncident(
  tx: Tx,
  ctx: AnyCtx,
  run: { id: string; number: number; incidentId: string | null },
  message: string,
  at: Date,
): Promise<void> {
  if (!run.incidentId) return;
  await addEvent(tx, ctx, run.incidentId, { kind: "action", message, at, data: { runId: run.id, number: run.number } });
  const incident = await tx.incident.findUnique({ where: { id: run.incidentId }, select: { number: true } });
  if (incident) await publishLive(tx, "incident.timeline", { number: incident.number, id: run.incidentId });
}
