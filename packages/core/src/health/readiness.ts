import type { Db } from "@opsdeck/db";
import { migrationState } from "@opsdeck/db/schema-state";
import { getWorkerStatus, HEARTBEAT_MAX_AGE_SECONDS } from "./worker-status.ts";

export { HEARTBEAT_MAX_AGE_SECONDS };

export type ReadinessPart = { ok: boolean; message: string };
export type Readiness = { ready: boolean; database: ReadinessPart; migrations: ReadinessPart; worker: ReadinessPart };

const fail = (message: string): ReadinessPart => ({ ok: false, message });
const skipped = fail("not checked: the database did not answer");

function describe(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split("\n").filter(Boolean).pop()?.slice(0, 200) ?? "unknown error";
}

/** Ready only when the database answers, every shipped migration is applied and a worker heartbeat is fresh. */
export async function checkReadiness(
  db: Db,
  now = new Date(),
  maxAgeSeconds = HEARTBEAT_MAX_AGE_SECONDS,
): Promise<Readiness> {
  try {
    await db.$queryRaw`SELECT 1`;
  } catch (err) {
    return {
      ready: false,
      database: fail(`database unreachable: ${describe(err)}`),
      migrations: skipped,
      worker: skipped,
    };
  }
  const database = { ok: true, message: "database answers" };
  let migrations: ReadinessPart;
  try {
    const s = await migrationState(db);
    migrations = s.failed.length
      ? fail(`migration failed: ${s.failed.join(", ")}`)
      : s.pending.length
        ? fail(`${s.pending.length} migration(s) pending: ${s.pending.join(", ")}`)
        : { ok: true, message: `${s.applied} migrations applied` };
  } catch (err) {
    migrations = fail(`migrations table unreadable: ${describe(err)}`);
  }
  let worker: ReadinessPart;
  try {
    const status = await getWorkerStatus({ db, now, maxAgeSeconds });
    worker = { ok: status.running, message: status.message };
  } catch (err) {
    worker = fail(`heartbeats unreadable: ${describe(err)}`);
  }
  return { ready: database.ok && migrations.ok && worker.ok, database, migrations, worker };
}
