import { beat, type WorkerIdentity } from "@opsdeck/core/health/heartbeat";
import type { Db } from "@opsdeck/db";
import { log } from "./log.ts";

/** Write a heartbeat every `seconds`; a failed write is logged and retried on the next tick. */
export function startHeartbeat(db: Db, identity: WorkerIdentity, seconds: number) {
  let failing = false;
  const tick = async () => {
    try {
      await beat(db, identity);
      if (failing) log("info", "heartbeat restored");
      failing = false;
    } catch (err) {
      if (!failing) log("warn", "heartbeat failed; retrying", { err: String(err) });
      failing = true;
    }
  };
  let inflight = Promise.resolve();
  const run = () => {
    inflight = tick();
    return inflight;
  };
  const first = run();
  const timer = setInterval(run, seconds * 1000);
  return {
    first,
    /** Stop beating; resolves once a beat in flight has landed, so that a later retire() wins. */
    stop: async () => {
      clearInterval(timer);
      await inflight;
    },
  };
}
