import type { Db } from "@opsdeck/db";
import { systemCtx } from "../roles.ts";
import { dueBreaches, type SlaTarget } from "../severity/sla.ts";
import { recordDueBreaches } from "./breaches.ts";
import { finish, INCIDENT_STATE_SELECT, lockIncident } from "./internal.ts";

/**
 * The worker's sweep: record each open incident's targets that have passed unanswered, once, with its
 * timeline entry, an audit row and `incident.changed` so open pages turn red. Safe with several
 * workers: each incident is locked and judged again in its own transaction. Returns what it recorded.
 */
export async function recordSlaBreaches(
  db: Db,
  now = new Date(),
): Promise<{ number: number; target: SlaTarget; at: Date }[]> {
  const open = await db.incident.findMany({
    where: { status: { not: "RESOLVED" }, OR: [{ responseBreachedAt: null }, { resolveBreachedAt: null }] },
    select: INCIDENT_STATE_SELECT,
  });
  const recorded: { number: number; target: SlaTarget; at: Date }[] = [];
  for (const candidate of open) {
    if (dueBreaches(candidate, now).length === 0) continue;
    const done = await db.$transaction(async (tx) => {
      const before = await lockIncident(tx, candidate.number);
      const due = before.status === "RESOLVED" ? [] : dueBreaches(before, now);
      if (due.length === 0) return [];
      const after = await recordDueBreaches(tx, before, now);
      await finish(tx, systemCtx("worker"), {
        action: "incident.sla_breach",
        before,
        after,
        incident: before,
        live: "incident.changed",
      });
      return due.map((b) => ({ number: before.number, target: b.target, at: b.at }));
    });
    recorded.push(...done);
  }
  return recorded;
}
