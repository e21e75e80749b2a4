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
  // Five steps a fetch, fetched again at once while fetches come back full: one step a fetch every
  // half second would cap a worker at a few steps a second. Few enough that a killed worker strands
  // few of them (they are queued again after LOST_STEP_MS).
  await boss.work<StepRef>(
    ESCALATION_QUEUE,
    { batchSize: 5, localConcurrency: 2, pollingIntervalSeconds: 0.5, burstWhenBatchFull: true },
    async (jobs) => {
      const runs = await Promise.allSettled(jobs.map((job) => runEscalationStep({ db, ref: job.data, deps })));
      runs.forEach((r, i) => {
        if (r.status === "fulfilled") log("info", "escalation step", { ...jobs[i]?.data, sent: r.value });
      });
      const failed = runs.find((r) => r.status === "rejected");
      // The batch is retried; steps already claimed find themselves so and send nothing again.
      if (failed) throw failed.reason;
    },
  );
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
