// Load generator for --dashboards N: N async loops, each calling the overview's check tiles read
// (listCheckTiles, as the health panel's poll does) back to back, with no sign-in (system context).
// stdin: the first line starts the loops, each later one prints and resets the figures; EOF stops.
import readline from "node:readline";
import { listCheckTiles } from "@opsdeck/core/check/index";
import { systemCtx } from "@opsdeck/core/roles";
import { createDb } from "@opsdeck/db";
import { LagWindow, lagPercentile } from "../../apps/worker/src/scheduler/timers.ts";

const [url, loops, maxSeconds] = [process.argv[2] ?? "", Number(process.argv[3]), Number(process.argv[4])];
const db = createDb(url, loops);
const ctx = systemCtx("bench");
let latency = new LagWindow();
let errors = 0;
let running = false;

async function loop() {
  while (running) {
    const t0 = performance.now();
    try {
      await listCheckTiles({ db, ctx });
      latency.add(performance.now() - t0);
    } catch {
      errors++;
    }
  }
}

const stop = async () => {
  running = false;
  await db.$disconnect().catch(() => {});
  process.exit(0);
};
setTimeout(stop, maxSeconds * 1000).unref();
let lines = 0;
readline
  .createInterface({ input: process.stdin })
  .on("line", () => {
    if (lines++ === 0) {
      running = true;
      for (let i = 0; i < loops; i++) void loop();
      latency = new LagWindow();
      console.log("{}");
      return;
    }
    const h = latency.take();
    const calls = Object.values(h).reduce((a, b) => a + b, 0);
    console.log(JSON.stringify({ calls, errors, p50: lagPercentile(h, 0.5), p99: lagPercentile(h, 0.99) }));
  })
  .on("close", stop);
