import { beat, type WorkerIdentity } from "@opsdeck/core/health/heartbeat";
import type { Db } from "@opsdeck/db";
import { startPeriodic } from "./periodic.ts";

/** Write a heartbeat every `seconds`; `stop` resolves once a beat in flight has landed, so that a later retire() wins. */
export function startHeartbeat(db: Db, identity: WorkerIdentity, seconds: number) {
  return startPeriodic("heartbeat", seconds, () => beat(db, identity));
}
