import type { Db } from "@opsdeck/db";

/** Three missed beats at the default 10 s interval. */
export const HEARTBEAT_MAX_AGE_SECONDS = 30;

export type WorkerStatusDto = {
  /** Some worker's heartbeat is at most `maxAgeSeconds` old: checks are running. */
  running: boolean;
  /** The newest heartbeat of any worker, or null when none has reported. */
  lastSeenAt: string | null;
  maxAgeSeconds: number;
  message: string;
};

/** Whether checks are running, judged by the freshest worker heartbeat: readiness, banner and stale tiles all ask this. */
export async function getWorkerStatus({
  db,
  now = new Date(),
  maxAgeSeconds = HEARTBEAT_MAX_AGE_SECONDS,
}: {
  db: Db;
  now?: Date;
  maxAgeSeconds?: number;
}): Promise<WorkerStatusDto> {
  const latest = await db.workerHeartbeat.findFirst({ orderBy: { lastSeenAt: "desc" } });
  if (!latest)
    return { running: false, lastSeenAt: null, maxAgeSeconds, message: "no worker has reported a heartbeat" };
  const ageSeconds = Math.max(0, Math.round((now.getTime() - latest.lastSeenAt.getTime()) / 1000));
  const running = latest.lastSeenAt.getTime() >= now.getTime() - maxAgeSeconds * 1000;
  return {
    running,
    lastSeenAt: latest.lastSeenAt.toISOString(),
    maxAgeSeconds,
    message: running
      ? `worker ${latest.hostname}:${latest.pid} seen ${ageSeconds} s ago`
      : `last worker heartbeat ${ageSeconds} s ago (limit ${maxAgeSeconds} s)`,
  };
}
