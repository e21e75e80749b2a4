import { randomUUID } from "node:crypto";
import os from "node:os";
import { EnvError } from "@opsdeck/core/env";
import { retire } from "@opsdeck/core/health/heartbeat";
import { createDb } from "@opsdeck/db";
import pkg from "../package.json" with { type: "json" };
import { loadWorkerEnv } from "./env.ts";
import { startHeartbeat } from "./heartbeat-loop.ts";
import { startJobs } from "./jobs.ts";
import { log } from "./log.ts";

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
  const identity = { id: env.WORKER_ID ?? randomUUID(), hostname: os.hostname(), pid: process.pid, version: pkg.version };
  let stopping = false;
  const heartbeat = startHeartbeat(db, identity, env.WORKER_HEARTBEAT_SECONDS);
  await heartbeat.first;
  const boss = await withBackoff("starting the job queue", () => startJobs(db, env.DATABASE_URL), () => stopping);
  log("info", "worker started", { workerId: identity.id, pid: process.pid });

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log("info", "worker stopping", { signal });
    heartbeat.stop();
    await boss?.stop({ graceful: true, timeout: 20_000 }).catch((err) => log("warn", "job queue stop failed", { err: String(err) }));
    await retire(db, identity.id).catch(() => {});
    await db.$disconnect();
    log("info", "worker stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((err) => {
  if (err instanceof EnvError) console.error(err.message);
  else log("error", "worker failed to start", { err: String(err) });
  process.exit(1);
});
