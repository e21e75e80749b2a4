import { dispatchQueuedRuns } from "@opsdeck/core/action/dispatch";
import { executeActionRun } from "@opsdeck/core/action/execute";
import { reapActionRuns } from "@opsdeck/core/action/reap";
import { requestScheduledBackups } from "@opsdeck/core/action/schedule";
import type { Db } from "@opsdeck/db";
import type { PgBoss } from "pg-boss";
import { log } from "./log.ts";
import { startPeriodic } from "./periodic.ts";

export const ACTIONS_QUEUE = "actions.run";

export type ActionsOptions = {
  workerId: string;
  secretKey?: Buffer;
  env: Record<string, string | undefined>;
  /** How many runs this worker executes at once. */
  concurrency?: number;
};

/**
 * One-click actions on this worker: a dispatcher turns queued runs into pg-boss jobs (once each,
 * whichever worker gets there first), pg-boss hands each job to exactly one worker, which executes
 * the run; a reaper fails runs whose worker died and expires unanswered approval requests.
 */
export async function startActions(db: Db, boss: PgBoss, o: ActionsOptions) {
  const stopping = new AbortController();
  await boss.createQueue(ACTIONS_QUEUE);
  await boss.work<{ runId: string }>(
    ACTIONS_QUEUE,
    { localConcurrency: o.concurrency ?? 2, pollingIntervalSeconds: 0.5 },
    async ([job]) => {
      if (!job) return;
      if (!o.secretKey)
        throw new Error("OPSDECK_SECRET_KEY is not set on this worker: it cannot read target credentials");
      const status = await executeActionRun({
        db,
        runId: job.data.runId,
        workerId: o.workerId,
        deps: { secretKey: o.secretKey, env: o.env },
        stopping: stopping.signal,
      });
      if (status) log("info", "action run finished", { runId: job.data.runId, status });
    },
  );
  const dispatcher = startPeriodic("action dispatch", 0.5, async () => {
    const n = await dispatchQueuedRuns(db, (runId, executor) =>
      boss.send(ACTIONS_QUEUE, { runId }, { db: executor, retryLimit: 3, retryDelay: 5, expireInSeconds: 6 * 3600 }),
    );
    if (n) log("info", "queued action runs", { n });
  });
  const reaper = startPeriodic("action reaper", 10, async () => {
    const r = await reapActionRuns(db);
    if (r.failed || r.expired) log("warn", "closed action runs nobody will finish", r);
  });
  const key = o.secretKey;
  const schedule = key
    ? startPeriodic("scheduled backups", 30, async () => {
        const ids = await requestScheduledBackups(db, { secretKey: key, env: o.env });
        if (ids.length) log("info", "requested scheduled backups", { runs: ids });
      })
    : null;
  return {
    /** Ask running actions to stop, then stop the loops; pg-boss's own stop waits for the handlers. */
    stop: async () => {
      stopping.abort();
      await Promise.all([dispatcher.stop(), reaper.stop(), schedule?.stop()]);
    },
  };
}
