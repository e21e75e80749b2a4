// Container healthcheck: exit 0 when this worker's heartbeat (WORKER_ID) is fresh, 1 otherwise.
import { HEARTBEAT_MAX_AGE_SECONDS } from "@opsdeck/core/health/readiness";
import { createDb } from "@opsdeck/db";
import { loadWorkerEnv } from "./env.ts";

const env = loadWorkerEnv();
const db = createDb(env.DATABASE_URL, 1);
const since = new Date(Date.now() - HEARTBEAT_MAX_AGE_SECONDS * 1000);
const where = env.WORKER_ID ? { id: env.WORKER_ID, lastSeenAt: { gte: since } } : { lastSeenAt: { gte: since } };
const fresh = await db.workerHeartbeat.count({ where }).catch(() => 0);
await db.$disconnect();
process.exit(fresh > 0 ? 0 : 1);
