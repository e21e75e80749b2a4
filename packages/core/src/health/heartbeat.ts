import type { Db } from "@opsdeck/db";

export type WorkerIdentity = { id: string; hostname: string; pid: number; version: string };

export async function beat(db: Db, w: WorkerIdentity, now = new Date()): Promise<void> {
  await db.workerHeartbeat.upsert({
    where: { id: w.id },
    create: { ...w, startedAt: now, lastSeenAt: now },
    // A worker restarted under the same id (npm start keeps it) is a new process.
    update: { lastSeenAt: now, pid: w.pid },
  });
}

export async function retire(db: Db, id: string): Promise<void> {
  await db.workerHeartbeat.deleteMany({ where: { id } });
}

/** Remove heartbeats of workers gone for longer than `olderThanSeconds`. */
export async function pruneHeartbeats(db: Db, now = new Date(), olderThanSeconds = 3600): Promise<number> {
  const { count } = await db.workerHeartbeat.deleteMany({
    where: { lastSeenAt: { lt: new Date(now.getTime() - olderThanSeconds * 1000) } },
  });
  return count;
}
