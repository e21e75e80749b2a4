import { pruneThrottle } from "@opsdeck/core/auth/throttle";
import { pruneDatabaseInsights } from "@opsdeck/core/database/prune";
import { pruneHeartbeats } from "@opsdeck/core/health/heartbeat";
import { pruneLiveEvents } from "@opsdeck/core/live/log";
import { pruneMetrics } from "@opsdeck/core/metric/prune";
import type { Db } from "@opsdeck/db";
import { PgBoss } from "pg-boss";
import { log } from "./log.ts";
import { DEFAULT_RETENTION, pruneCheckData, type Retention } from "./scheduler/retention.ts";

export const MAINTENANCE_QUEUE = "maintenance.prune-heartbeats";
export const THROTTLE_QUEUE = "maintenance.prune-login-throttle";
export const CHECK_DATA_QUEUE = "maintenance.prune-check-data";
export const LIVE_EVENTS_QUEUE = "maintenance.prune-live-events";
export const METRICS_QUEUE = "maintenance.prune-metrics";
/** How long live events are kept for clients that reconnect (a web restart, a laptop waking up). */
export const LIVE_EVENTS_KEEP_MS = 10 * 60_000;

/** pg-boss carries the ops jobs and periodic maintenance (not per-check runs). */
export async function startJobs(
  db: Db,
  connectionString: string,
  retention: Retention = DEFAULT_RETENTION,
): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString, schema: "pgboss", max: 4 });
  boss.on("error", (err) => log("error", "pg-boss error", { err: String(err) }));
  await boss.start();
  await boss.createQueue(MAINTENANCE_QUEUE);
  await boss.schedule(MAINTENANCE_QUEUE, "17 * * * *");
  await boss.work(MAINTENANCE_QUEUE, async () => {
    const removed = await pruneHeartbeats(db);
    log("info", "pruned stale worker heartbeats", { removed });
  });
  await boss.createQueue(THROTTLE_QUEUE);
  await boss.schedule(THROTTLE_QUEUE, "*/15 * * * *");
  await boss.work(THROTTLE_QUEUE, async () => {
    const removed = await pruneThrottle(db, new Date());
    log("info", "pruned expired sign-in throttles", { removed });
  });
  await boss.createQueue(CHECK_DATA_QUEUE);
  await boss.schedule(CHECK_DATA_QUEUE, "*/10 * * * *");
  await boss.work(CHECK_DATA_QUEUE, async () => {
    const removed = await pruneCheckData(db, new Date(), retention);
    log("info", "pruned old check results and rollups", removed);
  });
  await boss.createQueue(LIVE_EVENTS_QUEUE);
  await boss.schedule(LIVE_EVENTS_QUEUE, "* * * * *");
  await boss.work(LIVE_EVENTS_QUEUE, async () => {
    const removed = await pruneLiveEvents(db, LIVE_EVENTS_KEEP_MS);
    if (removed) log("info", "pruned live events", { removed });
  });
  await boss.createQueue(METRICS_QUEUE);
  await boss.schedule(METRICS_QUEUE, "*/10 * * * *");
  await boss.work(METRICS_QUEUE, async () => {
    const now = new Date();
    const removed = { ...(await pruneMetrics(db, now)), ...(await pruneDatabaseInsights(db, now)) };
    log("info", "pruned old metric points, rollups and statement snapshots", removed);
  });
  return boss;
}
