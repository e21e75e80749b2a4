import { log } from "./log.ts";

/**
 * Run `task` now and every `seconds`; a failure is logged once (and its recovery), then retried on
 * the next tick. `stop` resolves once a run in flight has finished.
 */
export function startPeriodic(what: string, seconds: number, task: () => Promise<void>) {
  let failing = false;
  const tick = async () => {
    try {
      await task();
      if (failing) log("info", `${what} restored`);
      failing = false;
    } catch (err) {
      if (!failing) log("warn", `${what} failed; retrying`, { err: String(err) });
      failing = true;
    }
  };
  let inflight = Promise.resolve();
  const run = () => {
    inflight = inflight.then(tick);
    return inflight;
  };
  const first = run();
  const timer = setInterval(run, seconds * 1000);
  return {
    first,
    stop: async () => {
      clearInterval(timer);
      await inflight;
    },
  };
}
