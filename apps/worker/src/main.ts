import { randomUUID } from "node:crypto";
import os from "node:os";
import { EnvError } from "@opsdeck/core/env";
import { retire } from "@opsdeck/core/health/heartbeat";
import { applyCheckChangesToIncidents } from "@opsdeck/core/incident/auto";
import { systemCtx } from "@opsdeck/core/roles";
import { createDb } from "@opsdeck/db";
import pkg from "../package.json" with { type: "json" };
import { loadWorkerEnv } from "./env.ts";
import { startHeartbeat } from "./heartbeat-loop.ts";
import { startActions } from "./actions.ts";
import { startChecklists } from "./checklists.ts";
import { startJobs } from "./jobs.ts";
import { startNotifications } from "./notifications.ts";
import { startEscalations } from "./escalations.ts";
import { startSlaBreaches } from "./sla-breaches.ts";
import { startAlertRules } from "./alert-rules-loop.ts";
import { log } from "./log.ts";
import { DEFAULT_RETENTION } from "./scheduler/retention.ts";
import { Scheduler } from "./scheduler/scheduler.ts";
import { startDeployRecords } from "./deploy-records-loop.ts";
import { startAppMetrics } from "./app-metrics-loop.ts";
import { startPgInsights } from "./pg-insights-loop.ts";
import { startStripeMetrics } from "./stripe-metrics-loop.ts";
import { startTileHistory } from "./tile-history-loop.ts";
import { startHandoffs } from "./handoffs-loop.ts";

async function withBackoff<T>(what: string, run: () => Promise<T>, stopping: () => boolean): Promise<T | null> {
  for (let attempt = 1, delay = 500; !stopping(); attempt++, delay = Math.min(delay * 2, 15_000)) {
    try {
      return await run();
    } catch (err) {
      log("warn", `${what} failed; retrying in ${delay} ms`, { attempt, err: String(err) });
      await new Promise((r) => setTimeout(r, delay));
    }
  }
  return null;
}

async function main() {
  const env = loadWorkerEnv();
  const db = createDb(env.DATABASE_URL, 5);
  const identity = {
    id: env.WORKER_ID ?? randomUUID(),
    hostname: os.hostname(),
    pid: process.pid,
    version: pkg.version,
  };
  let stopping = false;
  let boss: Awaited<ReturnType<typeof startJobs>> | null = null;
  const heartbeat = startHeartbeat(db, identity, env.WORKER_HEARTBEAT_SECONDS);
  const scheduler = new Scheduler({
    db,
    databaseUrl: env.DATABASE_URL,
    workerId: identity.id,
    liveWithinMs: env.WORKER_HEARTBEAT_SECONDS * 2_000 + 1_000,
    leaseTtlMs: env.WORKER_LEASE_TTL_MS,
    leaseRenewMs: env.WORKER_LEASE_RENEW_MS,
    pollMs: env.WORKER_CHECK_POLL_MS,
    concurrency: env.WORKER_CHECK_CONCURRENCY,
    minIntervalMs: env.WORKER_MIN_INTERVAL_MS,
    secretKey: env.OPSDECK_SECRET_KEY,
    onStateChanges: (changes) => applyCheckChangesToIncidents({ db, ctx: systemCtx("worker"), input: { changes } }),
  });
  let statsTimer: NodeJS.Timeout | undefined;
  let tileHistory: ReturnType<typeof startTileHistory> | undefined;
  let checklists: ReturnType<typeof startChecklists> | undefined;
  let slaBreaches: ReturnType<typeof startSlaBreaches> | undefined;
  let pgInsights: ReturnType<typeof startPgInsights> | undefined;
  let alertRules: ReturnType<typeof startAlertRules> | undefined;
  let stripeMetrics: ReturnType<typeof startStripeMetrics> | undefined;
  let appMetrics: ReturnType<typeof startAppMetrics> | undefined;
  let deployRecords: ReturnType<typeof startDeployRecords> | undefined;
  let handoffs: ReturnType<typeof startHandoffs> | undefined;
  let actions: Awaited<ReturnType<typeof startActions>> | undefined;
  let notifications: Awaited<ReturnType<typeof startNotifications>> | undefined;
  let escalations: Awaited<ReturnType<typeof startEscalations>> | undefined;

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log("info", "worker stopping", { signal });
    clearInterval(statsTimer);
    await actions?.stop().catch((err) => log("warn", "actions stop failed", { err: String(err) }));
    await notifications?.stop();
    await escalations?.stop();
    await tileHistory?.stop();
    await checklists?.stop();
    await slaBreaches?.stop();
    await pgInsights?.stop();
    await alertRules?.stop();
    await stripeMetrics?.stop();
    await appMetrics?.stop();
    await deployRecords?.stop();
    await handoffs?.stop();
    await scheduler.stop().catch((err) => log("warn", "scheduler stop failed", { err: String(err) }));
    log("info", "scheduler stopped", scheduler.stats());
    await heartbeat.stop();
    await boss
      ?.stop({ graceful: true, timeout: 20_000 })
      .catch((err) => log("warn", "job queue stop failed", { err: String(err) }));
    await retire(db, identity.id).catch(() => {});
    await db.$disconnect();
    log("info", "worker stopped");
    process.exit(0);
  };
  // Installed before the first beat: SIGTERM while still retrying the database must stop gracefully too.
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));

  await heartbeat.first;
  if (stopping) return;
  await scheduler.start();
  tileHistory = startTileHistory(db, env.WORKER_TILE_HISTORY_SECONDS);
  checklists = startChecklists(db, env.WORKER_CHECKLIST_SECONDS);
  slaBreaches = startSlaBreaches(db, env.WORKER_SLA_SECONDS);
  pgInsights = startPgInsights(db, env.WORKER_DB_INSIGHTS_SECONDS, env.OPSDECK_SECRET_KEY);
  alertRules = startAlertRules(db, env.WORKER_ALERT_SECONDS);
  stripeMetrics = startStripeMetrics(db, env.WORKER_STRIPE_METRICS_SECONDS, env.OPSDECK_SECRET_KEY);
  appMetrics = startAppMetrics(db, env.WORKER_APP_METRICS_SECONDS, env.OPSDECK_SECRET_KEY);
  deployRecords = startDeployRecords(db, env.WORKER_DEPLOYS_SECONDS, env.OPSDECK_SECRET_KEY);
  if (env.OPSDECK_SECRET_KEY)
    handoffs = startHandoffs(db, env.WORKER_HANDOFF_SECONDS, env.OPSDECK_SECRET_KEY, env.NEXTAUTH_URL);
  statsTimer = setInterval(
    () => log("info", "scheduler stats", { ...scheduler.stats(), window: scheduler.takeWindow() }),
    60_000,
  );
  const retention = { ...DEFAULT_RETENTION, rawDays: env.CHECK_RESULT_RETENTION_DAYS };
  boss = await withBackoff(
    "starting the job queue",
    () => startJobs(db, env.DATABASE_URL, retention),
    () => stopping,
  );
  if (stopping || !boss) return;
  const jobs = boss;
  actions =
    (await withBackoff(
      "starting one-click actions",
      () => startActions(db, jobs, { workerId: identity.id, secretKey: env.OPSDECK_SECRET_KEY, env: process.env }),
      () => stopping,
    )) ?? undefined;
  if (stopping) return;
  const key = env.OPSDECK_SECRET_KEY;
  if (key)
    notifications =
      (await withBackoff(
        "starting notifications",
        () =>
          startNotifications(db, jobs, {
            secretKey: key,
            baseUrl: env.NEXTAUTH_URL,
            retryDelaysMs: env.WORKER_NOTIFY_RETRY_SECONDS,
          }),
        () => stopping,
      )) ?? undefined;
  if (stopping) return;
  if (key)
    escalations =
      (await withBackoff(
        "starting escalations",
        () => startEscalations(db, jobs, { secretKey: key, baseUrl: env.NEXTAUTH_URL }),
        () => stopping,
      )) ?? undefined;
  else log("warn", "OPSDECK_SECRET_KEY is not set: incident notifications, pages and handoffs are not sent by this worker");
  if (stopping) return;
  log("info", "worker started", { workerId: identity.id, pid: process.pid });
}

main().catch((err) => {
  if (err instanceof EnvError) console.error(err.message);
  else log("error", "worker failed to start", { err: String(err) });
  process.exit(1);
});
