import { readDeployTargets } from "@opsdeck/core/deploy-record/read";
import type { Db } from "@opsdeck/db";
import { log } from "./log.ts";
import { startPeriodic } from "./periodic.ts";

/**
 * Keep every deploy target's recent deployments (for the charts' deploy markers) every `seconds`, each
 * target by one worker. Needs the key that opens target credentials; without it nothing is read.
 */
export function startDeployRecords(db: Db, seconds: number, secretKey: Buffer | undefined) {
  const failing = new Set<string>();
  return startPeriodic("Deployment reading", seconds, async () => {
    if (!secretKey) return;
    const r = await readDeployTargets({ db, deps: { secretKey, env: process.env }, intervalSeconds: seconds });
    for (const id of r.failed)
      if (!failing.has(id)) log("warn", "Deployments: a target's provider refused the read", { id });
    for (const id of r.read) failing.delete(id);
    for (const id of r.failed) failing.add(id);
  });
}
