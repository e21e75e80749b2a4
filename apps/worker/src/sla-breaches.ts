import type { Db } from "@opsdeck/db";
import { recordSlaBreaches } from "@opsdeck/core/incident/record-breaches";
import { log } from "./log.ts";
import { startPeriodic } from "./periodic.ts";

/**
 * Record each open incident's response and resolve targets as they pass unanswered, every few
 * seconds on every worker: each incident is judged under its row lock, so a breach is recorded once.
 */
export function startSlaBreaches(db: Db, seconds: number) {
  return startPeriodic("SLA breaches", seconds, async () => {
    const recorded = await recordSlaBreaches(db);
    if (recorded.length)
      log("info", "SLA targets missed", { breaches: recorded.map((b) => `#${b.number} ${b.target}`) });
  });
}
