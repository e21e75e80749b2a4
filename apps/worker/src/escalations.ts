import { deliverPage } from "@opsdeck/core/escalation/deliver";
import { dispatchEscalations } from "@opsdeck/core/escalation/dispatch";
import { retakeLostPages } from "@opsdeck/core/escalation/lost-pages";
import { type EscalationDeps, runEscalationStep } from "@opsdeck/core/escalation/run-step";
import type { StepRef } from "@opsdeck/core/escalation/claim";
import type { Db } from "@opsdeck/db";
import type { PgBoss } from "pg-boss";
import { log } from "./log.ts";
import { startPeriodic } from "./periodic.ts";

export const ESCALATION_QUEUE = "escalations.step";

/**
 * Escalations on this worker: a dispatcher turns each running escalation's next step into a pg-boss
 * job that starts when the step is due (the job lives in the database, so a restarted or another
 * worker runs it), and each job claims its step before paging, so a step is sent once. The same loop
 * sends again the pages a dead worker had claimed but not recorded (after their lease).
 */
export async function startEscalations(db: Db, boss: PgBoss, deps: EscalationDeps & { dispatchSeconds?: number }) {
  await boss.createQueue(ESCALATION_QUEUE);
  await boss.work<StepRef>(ESCALATION_QUEUE, { localConcurrency: 4, pollingIntervalSeconds: 0.5 }, async ([job]) => {
    if (!job) return;
    const sent = await runEscalationStep({ db, ref: job.data, deps });
    log("info", "escalation step", { ...job.data, sent });
  });
  const dispatcher = startPeriodic("escalation dispatch", deps.dispatchSeconds ?? 0.5, async () => {
    const n = await dispatchEscalations(db, (ref, startAfter, executor) =>
      boss.send(ESCALATION_QUEUE, ref, {
        db: executor,
        startAfter,
        retryLimit: 3,
        retryDelay: 5,
        expireInSeconds: 120,
      }),
    );
    if (n) log("info", "queued escalation steps", { n });
    const lost = await retakeLostPages(db);
    if (lost.length === 0) return;
    const sent = await Promise.all(lost.map((p) => deliverPage(db, p, deps)));
    log("warn", "sent again pages whose sender stopped", { n: lost.length, delivered: sent.filter(Boolean).length });
  });
  return { stop: () => dispatcher.stop() };
}
