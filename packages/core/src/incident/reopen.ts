import type { ServiceCall } from "../call.ts";
import { ConflictError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { isUniqueViolation } from "../service/internal.ts";
import { parseInput } from "../validate.ts";
import { enqueueNotifications } from "../notification/enqueue.ts";
import { recordDueBreaches } from "./breaches.ts";
import { getIncident, type IncidentDetailDto } from "./get.ts";
import { addEvent, finish, INCIDENT_STATE_SELECT, lockIncident } from "./internal.ts";
import { type TReopenIncident, ZReopenIncident } from "./schemas.ts";

/**
 * Reopen a resolved incident (RESPONDER): back to INVESTIGATING with resolvedAt cleared. The earlier
 * "resolved" entry stays on the timeline and this one records when it had been resolved. The resolve
 * target still counts from detection: one that passed while it was resolved is missed as of now.
 */
export async function reopenIncident({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TReopenIncident>): Promise<IncidentDetailDto> {
  assertRole(ctx, "RESPONDER");
  const { number, reason } = parseInput(ZReopenIncident, input);
  const id = await db
    .$transaction(async (tx) => {
      const before = await lockIncident(tx, number);
      if (before.status !== "RESOLVED" || !before.resolvedAt)
        throw new ConflictError(`Incident #${number} is open: only a resolved incident can be reopened`);
      const reopened = await tx.incident.update({
        where: { id: before.id },
        data: { status: "INVESTIGATING", resolvedAt: null },
        select: INCIDENT_STATE_SELECT,
      });
      const resolvedAt = before.resolvedAt.toISOString();
      await addEvent(tx, ctx, before.id, {
        kind: "reopened",
        message: reason ? `Reopened: ${reason}` : "Reopened",
        at: now,
        data: { resolvedAt },
      });
      const after = await recordDueBreaches(tx, reopened, now, now);
      await enqueueNotifications(
        tx,
        { incidentId: before.id, event: "reopened", headline: "Reopened", text: reason ?? null },
        now,
      );
      await finish(tx, ctx, { action: "incident.reopen", before, after, incident: before, live: "incident.changed" });
      return before.id;
    })
    .catch((e: unknown) => {
      // The unique open automatic incident per service: a newer one was opened since this was resolved.
      if (isUniqueViolation(e))
        throw new ConflictError(`Incident #${number}'s service has another open automatic incident: use that one`);
      throw e;
    });
  return getIncident({ db, ctx, input: { id }, now });
}
