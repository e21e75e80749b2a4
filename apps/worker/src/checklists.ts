import type { Db } from "@opsdeck/db";
import { markMissedRuns, openDueRuns } from "@opsdeck/core/checklist/due-runs";
import { log } from "./log.ts";
import { startPeriodic } from "./periodic.ts";

/**
 * Open each checklist's run as its period starts (in the checklist's zone) and mark runs missed once
 * their grace has run out. Every few seconds, on every worker: runs are unique per period, so two
 * workers never open the same run twice.
 */
export function startChecklists(db: Db, seconds: number) {
  return startPeriodic("checklist runs", seconds, async () => {
    const now = new Date();
    const opened = await openDueRuns(db, now);
    if (opened) log("info", "opened checklist runs", { runs: opened });
    const missed = await markMissedRuns(db, now);
    if (missed.length)
      log("info", "checklist runs missed", {
        runs: missed.map((r) => `${r.slug} ${r.periodKey}`),
        notifications: missed.reduce((sum, r) => sum + r.notifications, 0),
      });
  });
}
