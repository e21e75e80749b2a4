import type { ServiceCall } from "../call.ts";
import { ConflictError } from "../errors.ts";
import { addEvent, lockIncident, type Tx } from "../incident/internal.ts";
import { assertRole } from "../roles.ts";
import { parseInput } from "../validate.ts";
import { getPostmortem, type PostmortemDto } from "./get.ts";
import { finishPostmortem, POSTMORTEM_STATE_SELECT } from "./internal.ts";
import { readSeverityPolicy } from "../severity/read.ts";
import { dueAtFor } from "./policy.ts";
import { type TCreatePostmortem, ZCreatePostmortem } from "./schemas.ts";
import { timelineLine } from "./timeline-text.ts";

/** The incident's timeline as editable text, and the latest impact and resolution its updates stated. */
async function prefill(tx: Tx, incidentId: string) {
  const events = await tx.incidentEvent.findMany({
    where: { incidentId },
    orderBy: [{ at: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: { kind: true, message: true, at: true, data: true },
  });
  const impacts = events.flatMap((e) => {
    const impact = (e.data as { impact?: unknown } | null)?.impact;
    return typeof impact === "string" && impact.trim() ? [impact.trim()] : [];
  });
  const resolved = events.filter((e) => e.kind === "resolved" && e.message !== "Resolved").at(-1);
  return {
    timeline: events.map((e) => timelineLine(e.at, e.message)).join("\n"),
    impact: impacts.at(-1) ?? "",
    resolution: resolved?.message ?? "",
  };
}

/**
 * Start the postmortem of a resolved incident (RESPONDER), prefilled from it: its title and summary,
 * the latest impact its updates stated, and its timeline as one line per entry. Refused for an open
 * incident, and for one that already has a postmortem (the message names it).
 */
export async function createPostmortem({
  db,
  ctx,
  input,
  now = new Date(),
}: ServiceCall<TCreatePostmortem>): Promise<PostmortemDto> {
  assertRole(ctx, "RESPONDER");
  const { number } = parseInput(ZCreatePostmortem, input);
  const id = await db.$transaction(async (tx) => {
    const incident = await lockIncident(tx, number);
    const existing = await tx.postmortem.findUnique({ where: { incidentId: incident.id }, select: { id: true } });
    if (existing)
      throw new ConflictError(`Incident #${number} already has a postmortem (${existing.id})`, {
        postmortemId: existing.id,
      });
    if (incident.status !== "RESOLVED")
      throw new ConflictError(`Incident #${number} is not resolved: resolve it before writing its postmortem`);
    const { summary } = await tx.incident.findUniqueOrThrow({ where: { id: incident.id }, select: { summary: true } });
    const pm = await tx.postmortem.create({
      data: {
        incidentId: incident.id,
        title: incident.title,
        summary: summary ?? "",
        ...(await prefill(tx, incident.id)),
        dueAt: dueAtFor(incident, await readSeverityPolicy(tx)),
        authorId: ctx.actor?.id ?? null,
        createdAt: now,
      },
      select: POSTMORTEM_STATE_SELECT,
    });
    await addEvent(tx, ctx, incident.id, { kind: "postmortem", message: "Postmortem started", at: now });
    await finishPostmortem(tx, ctx, {
      action: "postmortem.create",
      before: null,
      after: pm,
      postmortem: pm,
      version: pm.version,
      timeline: true,
    });
    return pm.id;
  });
  return getPostmortem({ db, ctx, input: { id }, now });
}
