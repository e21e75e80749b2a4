// The public status page under a launch-day crowd: `npm start` on its own data dir and ports with N
// HTTP checks run live by the worker (bench/live's seed), some services public with 90 days of
// history and a public incident; then C anonymous clients read /status back to back (closed loop),
// then at a fixed offered rate (open loop), while public checks fail and recover so the cached page is
// dropped and rebuilt under load. Prints requests/s, latency percentiles, errors, the web process's
// CPU and how soon a state change shows on the page.
// Usage: node --import tsx bench/status.ts [--checks 2000] [--interval 20] [--public 10] [--clients 200]
//   [--rate 500] [--seconds 30] [--port 39320] [--pg-port 39321]
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { repoRoot } from "@opsdeck/db/paths";
import pg from "pg";
import { cpuSeconds, pidListeningOn } from "./live/proc.ts";
import { checksByNumber, committedAt, seedLiveChecks, waitForFirstRuns } from "./live/seed.ts";
import { startTarget } from "./live/target.ts";
import { percentile } from "./panels/server-times.ts";
import { benchCredentials, type Stack, startStack, stopStack } from "./panels/stack.ts";
import { type LoadResult, runLoad } from "./status/load.ts";
import { publicIncident, seedStatusPage } from "./status/seed.ts";
import { wholeNumber } from "./args.ts";

const { values: a } = parseArgs({
  options: {
    checks: { type: "string", default: "2000" },
    interval: { type: "string", default: "20" },
    public: { type: "string", default: "10" },
    clients: { type: "string", default: "200" },
    rate: { type: "string", default: "500" },
    seconds: { type: "string", default: "30" },
    port: { type: "string", default: "39320" },
    "pg-port": { type: "string", default: "39321" },
  },
});
const int = wholeNumber;
const o = {
  checks: int(a.checks, "checks", 10, 20_000),
  interval: int(a.interval, "interval", 10, 600),
  public: int(a.public, "public", 1, 100),
  clients: int(a.clients, "clients", 1, 2_000),
  rate: int(a.rate, "rate", 1, 20_000),
  seconds: int(a.seconds, "seconds", 5, 600),
  port: int(a.port, "port", 1024, 65_535),
  pgPort: int(a["pg-port"], "pg-port", 1024, 65_535),
};
const dataDir = path.join(repoRoot, ".data/bench-status");
const say = (m: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}`);
const ms = (v: number) => `${v.toFixed(0)} ms`;
/** Browsers ask for gzip; Next compresses each answer. */
const HEADERS = { "accept-encoding": "gzip" };

function summary(r: LoadResult): string {
  const sorted = [...r.latencies].sort((x, y) => x - y);
  const q = (p: number) => ms(percentile(sorted, p));
  return `${(r.requests / r.seconds).toFixed(0)} requests/s (${r.requests} in ${r.seconds.toFixed(1)} s, ${r.errors} errors), p50 ${q(0.5)}, p95 ${q(0.95)}, p99 ${q(0.99)}, max ${ms(sorted.at(-1) ?? Number.NaN)}, ${(r.bytes / Math.max(1, r.requests) / 1024).toFixed(1)} KiB per answer on the wire`;
}

type PublicState = { services: { name: string; state: string }[] };
const stateOf = async (base: string, name: string) =>
  ((await (await fetch(`${base}/api/v1/status`)).json()) as PublicState).services.find((s) => s.name === name)?.state;

/** Fail (or heal) public service 1's first check and time worker commit → the page's JSON showing it. */
async function flip(
  pool: pg.Pool,
  base: string,
  target: Awaited<ReturnType<typeof startTarget>>,
  down: boolean,
): Promise<number> {
  const [check] = await checksByNumber(pool, [1]);
  if (!check) throw new Error("no check 1");
  const since = new Date();
  if (down) target.fail([check.seq]);
  else target.heal([check.seq]);
  const want = down ? "partial_outage" : "degraded"; // its open public P2 keeps it degraded
  const deadline = Date.now() + (2 * o.interval + 30) * 1000;
  let seenAt = 0;
  while (!seenAt) {
    if (Date.now() > deadline) throw new Error(`the page did not show ${want} in time`);
    if ((await stateOf(base, "Public service 1")) === want) seenAt = Date.now();
    else await new Promise((r) => setTimeout(r, 25));
  }
  const commit = (await committedAt(pool, [check.id], since)).get(check.id);
  return commit === undefined ? Number.NaN : seenAt - commit;
}

rmSync(dataDir, { recursive: true, force: true });
const target = await startTarget();
let stack: Stack | undefined;
for (const sig of ["SIGINT", "SIGTERM"] as const)
  process.on(sig, () => {
    say(`${sig}: stopping`);
    void (stack ? stopStack(stack) : Promise.resolve()).finally(() => process.exit(130));
  });
let code = 0;
try {
  say(`starting npm start on port ${o.port} (builds first if sources changed)`);
  stack = await startStack({ port: o.port, pgPort: o.pgPort, dataDir, onSpawn: (s) => (stack = s) });
  const base = stack.base;
  const pool = new pg.Pool({ connectionString: stack.databaseUrl, max: 2 });
  await seedLiveChecks(pool, { count: o.checks, perService: 10, intervalSeconds: o.interval, port: target.port });
  await seedStatusPage(pool, o.public);
  const seededAt = new Date();
  say(`${o.checks} checks every ${o.interval} s, ${o.public} public services; waiting until each check has run`);
  await waitForFirstRuns(pool, o.checks, seededAt, o.interval);
  const { token } = await benchCredentials(stack.databaseUrl);
  await publicIncident(base, token);
  const page = await (await fetch(`${base}/status`)).text();
  if (!page.includes("Public service 1") || !page.includes("Slow checkout"))
    throw new Error("the page lacks the public service or incident");
  if (/Service 0\d{3}|check \d|svc-\d|bench@example/.test(page)) throw new Error("the page names something private");
  const web = pidListeningOn(o.port);

  say("before load: a public check fails, then recovers");
  const quiet = [await flip(pool, base, target, true), await flip(pool, base, target, false)];

  say(`${o.clients} clients back to back for ${o.seconds} s, a public check failing and recovering meanwhile`);
  let cpu0 = cpuSeconds(web);
  let t0 = Date.now();
  const flips: number[] = [];
  const flipping = (async () => {
    for (let down = true; Date.now() - t0 < (o.seconds - 5) * 1000; down = !down)
      flips.push(await flip(pool, base, target, down));
  })();
  const closed = await runLoad({ base, path: "/status", clients: o.clients, seconds: o.seconds, headers: HEADERS });
  const closedCpu = (cpuSeconds(web) - cpu0) / ((Date.now() - t0) / 1000);
  const load1 = os.loadavg()[0] ?? 0;
  await flipping.catch((err) => say(`flip during load: ${err.message}`));
  target.heal((await checksByNumber(pool, [1])).map((c) => c.seq));

  say(`${o.clients} clients at ${o.rate} requests/s in all for ${o.seconds} s`);
  cpu0 = cpuSeconds(web);
  t0 = Date.now();
  const paced = await runLoad({
    base,
    path: "/status",
    clients: o.clients,
    seconds: o.seconds,
    rate: o.rate,
    headers: HEADERS,
  });
  const pacedCpu = (cpuSeconds(web) - cpu0) / ((Date.now() - t0) / 1000);
  const json = await runLoad({
    base,
    path: "/api/v1/status",
    clients: o.clients,
    seconds: Math.min(o.seconds, 10),
    headers: HEADERS,
  });
  const { rows: rate } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "CheckResult" WHERE at > now() - interval '60 seconds'`,
  );
  await pool.end();
  const fmt = (xs: number[]) => xs.filter(Number.isFinite).map(ms).join(", ") || "none";
  console.log(
    [
      `bench/status: ${o.checks} checks every ${o.interval} s (${rate[0]?.n} results in the last minute), ${o.public} public services, ${os.cpus().length} cores`,
      `/status, ${o.clients} clients back to back: ${summary(closed)}; web ${(closedCpu * 100).toFixed(0)} % of a core, load average ${load1.toFixed(1)}`,
      `/status, ${o.clients} clients at ${o.rate} requests/s offered: ${summary(paced)}; web ${(pacedCpu * 100).toFixed(0)} % of a core`,
      `/api/v1/status, ${o.clients} clients back to back: ${summary(json)}`,
      `state change (worker commit → shown by /api/v1/status): at rest ${fmt(quiet)}; under load ${fmt(flips)}`,
    ].join("\n"),
  );
} catch (err) {
  say(`failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  code = 1;
} finally {
  if (stack) await stopStack(stack);
  await target.stop();
}
process.exit(code);
