import type { Db } from "@opsdeck/db";
import { ConflictError } from "../errors.ts";
import { cronError, lastFiring } from "./cron.ts";
import { systemCtx } from "../roles.ts";
import { requestAction } from "./request.ts";
import type { ZPostgresConfig } from "./target-config.ts";
import type { ActionDeps } from "./targets.ts";
import type { z } from "zod";

/**
 * Request the scheduled backups that are due: for each Postgres target with a schedule, one backup
 * per firing (one catch-up after downtime, not one per missed firing). Requested by the system, so
 * they show as scheduled; a target busy with another run is tried again on the next tick. Safe
 * from several workers: the firing is checked again under the target's lock.
 */
export async function requestScheduledBackups(db: Db, deps: ActionDeps, now = new Date()): Promise<string[]> {
  const targets = await db.target.findMany({
    where: { kind: "POSTGRES" },
    select: { id: true, config: true, createdAt: true },
  });
  const requested: string[] = [];
  for (const t of targets) {
    const schedule = (t.config as z.output<typeof ZPostgresConfig>).schedule;
    if (!schedule || cronError(schedule)) continue;
    const firing = lastFiring(schedule, now);
    if (firing < t.createdAt) continue;
    const done = await db.actionRun.count({
      where: { targetId: t.id, kind: "BACKUP", requestedById: null, createdAt: { gte: firing } },
    });
    if (done) continue;
    try {
      const run = await requestAction({
        db,
        ctx: systemCtx("schedule"),
        deps,
        input: { kind: "BACKUP", targetId: t.id },
        now,
        onlyIf: async (tx) =>
          (await tx.actionRun.count({
            where: { targetId: t.id, kind: "BACKUP", requestedById: null, createdAt: { gte: firing } },
          })) === 0,
      });
      if (run.created) requested.push(run.id);
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
    }
  }
  return requested;
}
