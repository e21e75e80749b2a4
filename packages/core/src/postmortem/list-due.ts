import type { PostmortemStatus } from "@opsdeck/db";
import type { ListCall } from "../call.ts";
import { assertRole } from "../roles.ts";
import { POSTMORTEM_INCIDENT_SELECT, type PostmortemIncidentRef, toIncidentRef } from "./dto.ts";
import { readSeverityPolicy, requiredSeverities } from "../severity/read.ts";
import { type DueState, dueAtFor } from "./policy.ts";

export type DuePostmortemDto = {
  incident: PostmortemIncidentRef;
  /** null: not started yet. */
  postmortem: { id: string; status: PostmortemStatus } | null;
  dueAt: string;
  due: Exclude<DueState, null>;
};

/**
 * What still has to be written: unpublished postmortems with a due time, and resolved incidents of the
 * severities the policy requires one for that have none yet (due as the policy says now). Soonest due first.
 */
export async function listDuePostmortems({
  db,
  ctx,
  now = new Date(),
}: Omit<ListCall<undefined>, "input">): Promise<DuePostmortemDto[]> {
  assertRole(ctx, "VIEWER");
  const policy = await readSeverityPolicy(db);
  const [drafts, missing] = await Promise.all([
    db.postmortem.findMany({
      where: { status: { not: "PUBLISHED" }, dueAt: { not: null } },
      select: { id: true, status: true, dueAt: true, incident: POSTMORTEM_INCIDENT_SELECT },
    }),
    db.incident.findMany({
      where: { status: "RESOLVED", severity: { in: requiredSeverities(policy) }, postmortem: null },
      ...POSTMORTEM_INCIDENT_SELECT,
    }),
  ]);
  const rows = [
    ...drafts.map((p) => ({ incident: p.incident, postmortem: { id: p.id, status: p.status }, dueAt: p.dueAt })),
    ...missing.map((i) => ({ incident: i, postmortem: null, dueAt: dueAtFor(i, policy) })),
  ].flatMap((r) => (r.dueAt ? [{ ...r, dueAt: r.dueAt }] : []));
  rows.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.incident.number - b.incident.number);
  return rows.map((r) => ({
    incident: toIncidentRef(r.incident),
    postmortem: r.postmortem,
    dueAt: r.dueAt.toISOString(),
    due: r.dueAt.getTime() <= now.getTime() ? "overdue" : "due",
  }));
}
