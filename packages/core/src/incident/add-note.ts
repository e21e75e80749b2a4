import type { ServiceCall } from "../call.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { getIncident, type IncidentDetailDto } from "./get.ts";
import { addEvent, assertWithinIncident, finish, lockIncident } from "./internal.ts";
import { type TAddIncidentNote, ZAddIncidentNote } from "./schemas.ts";

/**
 * A note on the timeline (RESPONDER), now or backdated ("14:05 root cause identified") to any
 * moment between detection and now. Resolved incidents take notes too: findings come late.
 */
export async function addIncidentNote({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TAddIncidentNote>): Promise<IncidentDetailDto> {
  assertRole(ctx, "RESPONDER");
  const { number, text, at } = parseInput(ZAddIncidentNote, input);
  const when = at ? new Date(at) : now;
  const id = await db.$transaction(async (tx) => {
    const incident = await lockIncident(tx, number);
    assertWithinIncident("at", when, incident, now);
    const backdated = when.getTime() < now.getTime();
    await addEvent(tx, ctx, incident.id, {
      kind: "note",
      message: text,
      at: when,
      ...(backdated && { data: { writtenAt: now.toISOString() } }),
    });
    await finish(tx, ctx, {
      action: "incident.note",
      before: null,
      after: { text, at: when },
      incident,
      live: "incident.timeline",
    });
    return incident.id;
  });
  return getIncident({ db, ctx, input: { id }, now });
}
