import type { Db } from "@opsdeck/db";
import { DEPLOY_KINDS } from "../action/kinds.ts";
import { deployProviderFor, recentDeployments } from "../action/providers.ts";
import { type ActionDeps, TARGET_ROW_SELECT } from "../action/targets.ts";
import { recordDeployments } from "./record.ts";

/** How many of a target's newest deployments each read keeps. */
export const DEPLOYS_PER_READ = 20;

/** Claim the target's next read for this process; false when another worker took it within the interval. */
async function claim(db: Db, targetId: string, now: Date, intervalSeconds: number): Promise<boolean> {
  const rows = await db.$queryRaw<{ targetId: string }[]>`
    INSERT INTO "DeployReadState" ("targetId", "claimedAt") VALUES (${targetId}, ${now})
    ON CONFLICT ("targetId") DO UPDATE SET "claimedAt" = EXCLUDED."claimedAt"
     WHERE "DeployReadState"."claimedAt" IS NULL
        OR "DeployReadState"."claimedAt" <= EXCLUDED."claimedAt" - make_interval(secs => ${intervalSeconds * 0.8})
    RETURNING "targetId"`;
  return rows.length > 0;
}

/**
 * One round of the deploy reader: every deploy target not claimed by another worker within the
 * interval has its recent deployments read from its provider and kept. A provider's refusal is kept
 * on the target's read state (and the round goes on), never thrown.
 */
export async function readDeployTargets({
  db,
  deps,
  intervalSeconds,
  now = new Date(),
}: {
  db: Db;
  deps: ActionDeps;
  intervalSeconds: number;
  now?: Date;
}): Promise<{ read: string[]; failed: string[] }> {
  const targets = await db.target.findMany({
    where: { kind: { in: [...DEPLOY_KINDS] } },
    select: TARGET_ROW_SELECT,
    orderBy: { id: "asc" },
  });
  const read: string[] = [];
  const failed: string[] = [];
  for (const target of targets) {
    const { id } = target;
    if (!(await claim(db, id, now, intervalSeconds))) continue;
    try {
      const provider = await deployProviderFor(db, deps, target);
      await recordDeployments(db, id, await recentDeployments(provider, DEPLOYS_PER_READ), now);
      await db.deployReadState.update({ where: { targetId: id }, data: { readAt: now, problem: null } });
      read.push(id);
    } catch (err) {
      const problem = ((err as Error).message ?? String(err)).slice(0, 500);
      await db.deployReadState.update({ where: { targetId: id }, data: { problem } });
      failed.push(id);
    }
  }
  return { read, failed };
}
