import type { ServiceCall } from "../call.ts";
import { ValidationError } from "../errors.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { enqueueNotifications } from "../notification/enqueue.ts";
import { formatStamp } from "../time/format.ts";
import { getIncident, type IncidentDetailDto } from "./get.ts";
import {
  addEvent,
  applyResolution,
  assertOpen,
  finish,
  INCIDENT_STATE_SELECT,
  type IncidentState,
  lockIncident,
} from "./internal.ts";
import { statusKind } from "./kinds.ts";
import { type TPostIncidentUpdate, ZPostIncidentUpdate } from "./schemas.ts";

/** A next update promised for a moment already past is a typo; a minute of clock skew is allowed. */
const SKEW_MS = 60_000;

/**
 * A status update in the runbook's template (RESPONDER): status, impact, next update / ETA and
 * details, kept on the timeline. Reaching MONITORING the first time marks the incident mitigated;
 * an update to RESOLVED resolves it.
 */
export async function postIncidentUpdate({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TPostIncidentUpdate>): Promise<IncidentDetailDto> {
  assertRole(ctx, "RESPONDER");
  const { number, status, impact, nextUpdateAt, message } = parseInput(ZPostIncidentUpdate, input);
  const next = nextUpdateAt ? new Date(nextUpdateAt) : null;
  if (next && next.getTime() < now.getTime() - SKEW_MS)
    throw new ValidationError({ nextUpdateAt: ["The next update must be in the future"] });
  const id = await db.$transaction(async (tx) => {
    const before = await lockIncident(tx, number);
    assertOpen(before, "posting an update");
    const data = { status, from: before.status, impact, nextUpdateAt: next?.toISOString() ?? null };
    let after: IncidentState;
    if (status === "RESOLVED") {
      after = await applyResolution(tx, ctx, before, now, { message, data });
    } else {
      const mitigating = status === "MONITORING" && !before.mitigatedAt;
      after = await tx.incident.update({
        where: { id: before.id },
        data: { status, ...(mitigating && { mitigatedAt: now }) },
        select: INCIDENT_STATE_SELECT,
      });
      await addEvent(tx, ctx, before.id, { kind: statusKind(status), message, at: now, data });
      if (mitigating)
        await addEvent(tx, ctx, before.id, {
          kind: "mitigated",
          message: "Mitigated: the status reached monitoring",
          at: now,
        });
    }
    const fields = [
      ...(impact ? [{ label: "Impact", value: impact }] : []),
      ...(next ? [{ label: "Next update", value: formatStamp(next, "UTC") }] : []),
    ];
    await enqueueNotifications(
      tx,
      {
        incidentId: before.id,
        event: status === "RESOLVED" ? "resolved" : "update",
        headline: `Status update: ${status.toLowerCase()}`,
        text: message,
        fields,
      },
      now,
    );
    await finish(tx, ctx, {
      action: "incident.update",
      before,
      after: { ...after, update: data },
      incident: before,
      live: "incident.changed",
    });
    return before.id;
  });
  return getIncident({ db, ctx, input: { id }, now });
}
