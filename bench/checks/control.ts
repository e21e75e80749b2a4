// A control for the lag figures: an idle process that fires a timer at 100 slots/s exactly as the
// scheduler does and counts its lag. Lag seen here comes from the machine, not from the worker.
// Each line on stdin makes it print (and reset) its counts as JSON; it exits when stdin closes.
import readline from "node:readline";
import { LagWindow } from "../../apps/worker/src/scheduler/timers.ts";

const lag = new LagWindow();
let timer: NodeJS.Timeout;
const arm = (slot: number) => {
  timer = setTimeout(
    () => {
      lag.add(Date.now() - slot);
      arm(slot + 10);
    },
    Math.max(0, slot - Date.now()),
  );
};
arm(Math.ceil(Date.now() / 10) * 10 + 10);
readline
  .createInterface({ input: process.stdin })
  .on("line", () => console.log(JSON.stringify(lag.take())))
  .on("close", () => {
    clearTimeout(timer);
    process.exit(0);
  });
