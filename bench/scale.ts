// Ten thousand checks end to end: `npm start` on its own data dir (wiped each run) with a local HTTP
// target and a second worker beside npm start's, S services × C HTTP checks created through the API
// (checks via POST /api/v1/checks/bulk). Once every check has run it measures the scheduler over whole
// stats minutes after the first (lag, missed slots, RSS per check, database growth, an idle control
// process timed the same way), the API's reads, and the Overview in Chromium; each figure beside its target.
// Usage: node --import tsx bench/scale.ts [--services 1000] [--per-service 10] [--interval 20]
//   [--minutes 3] [--workers 2] [--requests 20] [--port 39400]   (the database gets --port + 1)
import { rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { runningPostmaster } from "../packages/db/src/postmaster.ts";
import { repoRoot } from "@opsdeck/db/paths";
import pg from "pg";
import { wholeNumber } from "./args.ts";
import { createThroughApi } from "./bulk/create.ts";
import { leaseCounts } from "./checks/db.ts";
import { waitForFailingSpan } from "./checks/failing-span.ts";
import { measure, until } from "./checks/measure.ts";
import { rssBytes } from "./checks/proc.ts";
import { spawnWorker, startHelper, startTarget, stopWorker, type WorkerProc } from "./checks/processes.ts";
import { waitForFirstRuns } from "./live/seed.ts";
import { type Timing, timeGets } from "./panels/server-times.ts";
import { BENCH_USER, benchCredentials, type Stack, startStack, stopStack } from "./panels/stack.ts";
import { measureOverview } from "./scale/overview.ts";
import { benchRun, loadavg, say } from "./run.ts";
import { scaleReport } from "./scale/report.ts";
import { heartbeatPid, startedWorker } from "./scale/workers.ts";

const { values: a } = parseArgs({
  options: {
    services: { type: "string", default: "1000" },
    "per-service": { type: "string", default: "10" },
    interval: { type: "string", default: "20" },
    minutes: { type: "string", default: "3" },
    workers: { type: "string", default: "2" },
    requests: { type: "string", default: "20" },
    port: { type: "string", default: "39400" },
  },
});
const shape = {
  services: wholeNumber(a.services, "services", 1, 10_000),
  perService: wholeNumber(a["per-service"], "per-service", 1, 1_000),
  // Intervals below 10 s are raised to the worker's floor, so refuse them.
  interval: wholeNumber(a.interval, "interval", 10, 3_600),
  workers: wholeNumber(a.workers, "workers", 1, 8),
};
const minutes = wholeNumber(a.minutes, "minutes", 1, 60);
const requests = wholeNumber(a.requests, "requests", 1, 1_000);
const port = wholeNumber(a.port, "port", 1024, 65_534);
const total = shape.services * shape.perService;
const dataDir = path.join(repoRoot, ".data/bench-scale");
// Build and start, creation, first runs, lease balance, the measured minutes, reads and the browser
// (up to 8 min of it waiting for a failing span).
const limitS = 900 + 4 * shape.interval + (minutes + 2) * 60 + 600 + 480;
// The target's failing checks fail 4 minutes, then answer 4: long enough for a quiet minute inside.
const SPAN = 240_000;
rmSync(dataDir, { recursive: true, force: true });
const target = await startTarget(SPAN);
const started = startedWorker();
let stack: Stack | undefined;
let pool: pg.Pool | undefined;
const extra: WorkerProc[] = [];
const helpers: { proc: { stdin: NodeJS.WritableStream | null } }[] = [target];
const bench = benchRun(async () => {
  await Promise.all(extra.map((w) => stopWorker(w)));
  for (const h of helpers) h.proc.stdin?.end();
  await pool?.end().catch(() => {});
  if (stack) await stopStack(stack);
});
bench.onSignals(["SIGINT", "SIGTERM"]);

async function main(): Promise<string> {
  const loadBefore = loadavg();
  say(`load average before: ${loadBefore}; starting npm start (builds first if sources changed)`);
  stack = await startStack({
    port,
    pgPort: port + 1,
    dataDir,
    onSpawn: (s) => (stack = s),
    onLine: started.onLine,
  });
  const base = stack.base;
  pool = new pg.Pool({ connectionString: stack.databaseUrl, max: 2 });
  const p = pool;
  for (let i = 2; i <= shape.workers; i++) extra.push(spawnWorker(`scale-${i}`, stack.databaseUrl, limitS));
  started.bind(
    stack.proc,
    await heartbeatPid(
      pool,
      extra.map((w) => w.id),
    ),
  );
  const workers = [started.worker, ...extra];
  const { token } = await benchCredentials(stack.databaseUrl);

  await until(workers, "all 64 shards leased, evenly", 120_000, async () => {
    const c = await leaseCounts(p);
    return c.length === shape.workers && c.reduce((x, y) => x + y, 0) === 64 && Math.max(...c) - Math.min(...c) <= 2;
  });
  // What a worker holds before it has any check: the part of its memory that checks do not explain.
  const idleRss = workers.map((w) => rssBytes(w.pid() ?? 0) ?? Number.NaN);
  const created = await createThroughApi({
    base,
    token,
    ...shape,
    intervalSeconds: shape.interval,
    targetPort: target.port,
    say,
  });
  const createdAt = new Date();
  say(`${total} checks created; waiting until each has run`);
  await waitForFirstRuns(pool, total, createdAt, shape.interval);

  const control = startHelper<Record<string, number>>("control.ts");
  helpers.push(control);
  say(`every check has run; measuring ${minutes} min of the scheduler from each worker's next stats line`);
  const m = await measure({
    pool,
    workers,
    minutes,
    pids: {
      postmaster: runningPostmaster(path.join(dataDir, "pg")) ?? 0,
      target: target.proc.pid ?? 0,
      control: control.proc.pid ?? 0,
    },
    control,
  });
  const loadAfterScheduler = loadavg();

  say(`timing ${requests} reads of each list`);
  const auth = { authorization: `Bearer ${token}`, accept: "application/json" };
  const timings: Timing[] = [];
  for (const read of ["/api/v1/overview", "/api/v1/checks", "/api/v1/services"])
    timings.push(await timeGets(base, read, auth, requests));

  say("loading the Overview in Chromium, then a quiet minute");
  // The quiet minute falls inside a span in which the target's failing checks are all DOWN and shown:
  // past the two failures that turn each DOWN, and past the first result of each on the stream the
  // page reopened when their tiles appeared (a stream sends a check whole once, then only changes).
  const quietIn = () => {
    const wait = waitForFailingSpan(Date.now(), 3 * shape.interval * 1_000 + 10_000, 60_000, SPAN);
    if (wait === null) say("the interval is too long for a quiet minute inside a failing span: measuring at once");
    else say(`waiting ${(wait / 1_000).toFixed(0)} s for a minute in which the failing checks stay DOWN`);
    return wait ?? 0;
  };
  const browser = await measureOverview({ base, who: BENCH_USER, quietMs: 60_000, quietIn });
  return scaleReport({
    shape,
    load: `${loadBefore} before, ${loadAfterScheduler} after the scheduler's minutes, ${loadavg()} at the end`,
    created,
    m,
    idleRss,
    timings,
    browser,
  });
}

await bench.run(main, limitS);
