import type { ServiceCall } from "../call.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { enqueueNotifications } from "../notification/enqueue.ts";
import { getIncident, type IncidentDetailDto } from "./get.ts";
import { applyResolution, finish, lockIncident } from "./internal.ts";
import { type TResolveIncident, ZResolveIncident } from "./schemas.ts";

/** Resolve an open incident (RESPONDER); resolving a resolved one is refused. */
export async function resolveIncident({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TResolveIncident>): Promise<IncidentDetailDto> {
  assertRole(ctx, "RESPONDER");
  const { number, message } = parseInput(ZResolveIncident, input);
  const id = await db.$transaction(async (tx) => {
    const before = await lockIncident(tx, number);
    const after = await applyResolution(tx, ctx, before, now, { message: message ?? "Resolved" });
    await enqueueNotifications(
      tx,
      { incidentId: before.id, event: "resolved", headline: "Resolved", text: message ?? null },
      now,
    );
    await finish(tx, ctx, { action: "incident.resolve", before, after, incident: before, live: "incident.changed" });
    return before.id;
  });
  return getIncident({ db, ctx, input: { id }, now });
}
