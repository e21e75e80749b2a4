// Live updates at scale: `npm start` on its own data dir with N HTTP checks run live by the worker
// against a local target, C plain HTTP clients reading /api/v1/events and one Chromium Overview.
// Prints: delivery of state changes (worker commit → each client; → the Chromium tile), bytes per
// client and per Overview at rest, the web process's CPU at rest, listening connections, and the
// same delivery with M clients with the memory each costs.
// Usage: node --import tsx bench/live.ts [--checks 2000] [--interval 20] [--clients 20] [--many 200]
//   [--flip 5] [--rounds 2] [--rest 60]
import { rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { repoRoot } from "@opsdeck/db/paths";
import pg from "pg";
import { openStream, type StreamClient } from "../apps/web/test/live/stream-client.ts";
import { freePort } from "./checks/db.ts";
import { openOverview } from "./live/browser.ts";
import { cpuSeconds, pidListeningOn, rssMiB } from "./live/proc.ts";
import { checksByNumber, committedAt, seedLiveChecks, waitForFirstRuns } from "./live/seed.ts";
import { startTarget } from "./live/target.ts";
import { percentile } from "./panels/server-times.ts";
import { BENCH_USER, benchCredentials, type Stack, startStack, stopStack } from "./panels/stack.ts";
import { wholeNumber } from "./args.ts";

const { values: a } = parseArgs({
  options: {
    checks: { type: "string", default: "2000" },
    interval: { type: "string", default: "20" },
    clients: { type: "string", default: "20" },
    many: { type: "string", default: "200" },
    flip: { type: "string", default: "5" },
    rounds: { type: "string", default: "2" },
    rest: { type: "string", default: "60" },
  },
});
const int = wholeNumber;
const o = {
  checks: int(a.checks, "checks", 10, 20_000),
  interval: int(a.interval, "interval", 10, 600),
  clients: int(a.clients, "clients", 1, 1_000),
  many: int(a.many, "many", 1, 2_000),
  flip: int(a.flip, "flip", 1, 50),
  rounds: int(a.rounds, "rounds", 1, 20),
  rest: int(a.rest, "rest", 10, 600),
};
const dataDir = path.join(repoRoot, ".data/bench-live");
const say = (m: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}`);
const ms = (v: number) => `${v.toFixed(0)} ms`;
const pct = (xs: number[], q: number) =>
  percentile(
    [...xs].sort((x, y) => x - y),
    q,
  );
const stats = (xs: number[]) =>
  xs.length
    ? `p50 ${ms(pct(xs, 0.5))}, p95 ${ms(pct(xs, 0.95))}, max ${ms(Math.max(...xs))} (${xs.length} deliveries)`
    : "no deliveries";

/** Make `flip` checks fail (or recover) and time each state change from the worker's commit to each client. */
async function round(
  pool: pg.Pool,
  target: Awaited<ReturnType<typeof startTarget>>,
  clients: StreamClient[],
  numbers: number[],
  state: "DOWN" | "UP",
  overview?: Awaited<ReturnType<typeof openOverview>>,
): Promise<{ clients: number[]; browser: number[] }> {
  const checks = await checksByNumber(pool, numbers);
  const since = new Date();
  const seqs = checks.map((c) => c.seq);
  const wanted = new Set(checks.map((c) => c.id));
  const received = clients.map(() => new Map<string, number>());
  // Read arrivals from the clients' frames as they come.
  const scan = () =>
    clients.forEach((c, i) => {
      for (const f of c.frames.splice(0)) {
        if (f.event !== "tiles") continue;
        for (const s of (f.data.states as { id: string; state: string }[]) ?? [])
          if (wanted.has(s.id) && s.state === state && !received[i]?.has(s.id)) received[i]?.set(s.id, f.at);
      }
    });
  for (const c of clients) c.frames.length = 0;
  if (state === "DOWN") target.fail(seqs);
  else target.heal(seqs);
  const shown = overview
    ? Promise.all(checks.map((c) => overview.shownAt(c.name, state, (2 * o.interval + 30) * 1000)))
    : Promise.resolve([]);
  const deadline = Date.now() + (2 * o.interval + 30) * 1000;
  while (received.some((r) => r.size < wanted.size)) {
    if (Date.now() > deadline) throw new Error(`not every client heard ${state} within ${2 * o.interval + 30} s`);
    await new Promise((r) => setTimeout(r, 20));
    scan();
  }
  const shownAt = await shown;
  const commits = await committedAt(pool, [...wanted], since);
  const delays: number[] = [];
  for (const r of received) for (const [id, at] of r) delays.push(at - (commits.get(id) ?? Number.NaN));
  const browser = checks.map((c, i) => (shownAt[i] ?? Number.NaN) - (commits.get(c.id) ?? Number.NaN));
  return { clients: delays.filter(Number.isFinite), browser: browser.filter(Number.isFinite) };
}

rmSync(dataDir, { recursive: true, force: true });
const target = await startTarget();
let stack: Stack | undefined;
const streams: StreamClient[] = [];
let overview: Awaited<ReturnType<typeof openOverview>> | undefined;
for (const sig of ["SIGINT", "SIGTERM"] as const)
  process.on(sig, () => {
    say(`${sig}: stopping`);
    void (stack ? stopStack(stack) : Promise.resolve()).finally(() => process.exit(130));
  });
let code = 0;
try {
  const port = await freePort();
  say("starting npm start (builds first if sources changed)");
  stack = await startStack({ port, pgPort: await freePort(), dataDir, onSpawn: (s) => (stack = s) });
  const pool = new pg.Pool({ connectionString: stack.databaseUrl, max: 2 });
  await seedLiveChecks(pool, { count: o.checks, perService: 10, intervalSeconds: o.interval, port: target.port });
  const seededAt = new Date();
  say(`${o.checks} checks every ${o.interval} s seeded; waiting until each has run`);
  await waitForFirstRuns(pool, o.checks, seededAt, o.interval);
  const { token } = await benchCredentials(stack.databaseUrl);
  const web = pidListeningOn(port);
  for (let i = 0; i < o.clients; i++) streams.push(await openStream(stack.base, token));
  overview = await openOverview(stack.base, BENCH_USER);
  say(
    `${o.clients} stream clients and one Chromium Overview open (mode ${await overview.mode()}); at rest for ${o.rest} s`,
  );
  await new Promise((r) => setTimeout(r, 5_000));
  overview.takeBytes();
  const before = { bytes: streams.map((s) => s.bytes), cpu: cpuSeconds(web), at: Date.now() };
  await new Promise((r) => setTimeout(r, o.rest * 1000));
  const restMin = (Date.now() - before.at) / 60_000;
  const restCpu = (cpuSeconds(web) - before.cpu) / ((Date.now() - before.at) / 1000);
  const clientBytes = streams.map((s, i) => (s.bytes - (before.bytes[i] ?? 0)) / restMin);
  const browserBytes = overview.takeBytes() / restMin;
  const { rows: listeners } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'opsdeck live'`,
  );
  const { rows: rate } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "CheckResult" WHERE at > now() - interval '60 seconds'`,
  );

  const small = { clients: [] as number[], browser: [] as number[] };
  for (let r = 0; r < o.rounds; r++) {
    const numbers = Array.from({ length: o.flip }, (_, i) => 1 + (((r * o.flip + i) * 37) % o.checks));
    say(`round ${r + 1}: ${o.flip} checks fail, then recover`);
    for (const state of ["DOWN", "UP"] as const) {
      const d = await round(pool, target, streams, numbers, state, state === "DOWN" ? overview : undefined);
      small.clients.push(...d.clients);
      small.browser.push(...d.browser);
    }
  }
  const rssBefore = rssMiB(web);
  for (let i = streams.length; i < o.many; i++) streams.push(await openStream(stack.base, token));
  await new Promise((r) => setTimeout(r, 5_000));
  const rssAfter = rssMiB(web);
  say(`${o.many} stream clients open; one more round`);
  const many: number[] = [];
  const numbers = Array.from({ length: o.flip }, (_, i) => o.checks - i * 13);
  for (const state of ["DOWN", "UP"] as const)
    many.push(...(await round(pool, target, streams, numbers, state)).clients);
  await pool.end();
  console.log(
    [
      `bench/live: ${o.checks} checks every ${o.interval} s (${rate[0]?.n} results in the last minute), run live by the worker`,
      `at rest for ${o.rest} s, ${o.clients} stream clients + 1 Chromium Overview:`,
      `  bytes per stream client: ${(pct(clientBytes, 0.5) / 1024).toFixed(1)} KiB/min (max ${(Math.max(...clientBytes) / 1024).toFixed(1)})`,
      `  bytes per Chromium Overview: ${(browserBytes / 1024).toFixed(1)} KiB/min (mode ${await overview.mode()})`,
      `  web process CPU: ${(restCpu * 100).toFixed(1)} % of a core; listening connections to the database: ${listeners[0]?.n}`,
      `state changes (worker commit → delivered), ${o.rounds} round(s) of ${o.flip} checks down and up:`,
      `  ${o.clients} stream clients: ${stats(small.clients)}`,
      `  Chromium tile shows DOWN: ${stats(small.browser)}`,
      `${o.many} stream clients: ${stats(many)}; web RSS ${rssBefore.toFixed(0)} → ${rssAfter.toFixed(0)} MiB (${(((rssAfter - rssBefore) * 1024) / (o.many - o.clients)).toFixed(0)} KiB per added client)`,
    ].join("\n"),
  );
} catch (err) {
  say(`failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  code = 1;
} finally {
  for (const s of streams) s.close();
  await overview?.close().catch(() => {});
  if (stack) await stopStack(stack);
  await target.stop();
}
process.exit(code);
