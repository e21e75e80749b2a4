import { evaluateAlertRules } from "@opsdeck/core/alert/run";
import { systemCtx } from "@opsdeck/core/roles";
import type { Db } from "@opsdeck/db";
import { log } from "./log.ts";
import { startPeriodic } from "./periodic.ts";

/** Evaluate the alert rules every `seconds` on every worker: each rule is claimed by one worker per interval. */
export function startAlertRules(db: Db, seconds: number) {
  const ctx = systemCtx("worker");
  return startPeriodic("alert rules", seconds, async () => {
    const r = await evaluateAlertRules({ db, ctx, intervalSeconds: seconds });
    if (r.changes.length)
      log("info", "alert rules changed state", { changes: r.changes.map((c) => `${c.ruleId}/${c.group}: ${c.to}`) });
  });
}
