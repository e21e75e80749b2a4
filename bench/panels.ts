// Health panels at scale: `npm start` on its own data dir with N HTTP checks (run live by the worker
// against a local target) and synthetic history (rollups for 90 days, raw results for 7 days). Prints
// the server time of the Overview's data, of the tile list and of a service's charts (p50/p95 over N requests), and
// the Overview in Chromium from navigation to every tile rendered and hydrated.
// Usage: node --import tsx bench/panels.ts [--checks 2000] [--per-service 10] [--interval 60]
//   [--requests 50] [--visits 10] [--keep]   (--keep reuses the data of the previous run)
import { rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { HEALTHY_SERVICES_SHOWN } from "@opsdeck/core/check/tiles";
import { repoRoot } from "@opsdeck/db/paths";
import pg from "pg";
import { freePort, pointChecksAt } from "./checks/db.ts";
import { startTarget } from "./checks/processes.ts";
import { measureOverview } from "./panels/browser.ts";
import { seedPanels } from "./panels/seed.ts";
import { type Timing, timeGets } from "./panels/server-times.ts";
import { BENCH_USER, benchCredentials, type Stack, startStack, stopStack } from "./panels/stack.ts";
import { wholeNumber } from "./args.ts";

const { values: a } = parseArgs({
  options: {
    checks: { type: "string", default: "2000" },
    "per-service": { type: "string", default: "10" },
    interval: { type: "string", default: "60" },
    requests: { type: "string", default: "50" },
    visits: { type: "string", default: "10" },
    keep: { type: "boolean", default: false },
  },
});
const int = wholeNumber;

/** The service groups the Overview draws: every one with a check that is not UP, then the first healthy ones. */
async function shownGroups(base: string, headers: Record<string, string>): Promise<number> {
  const { health } = (await (await fetch(`${base}/api/v1/overview`, { headers })).json()) as {
    health: { services: { state: string }[] };
  };
  const healthy = health.services.filter((s) => s.state === "UP").length;
  return health.services.length - healthy + Math.min(healthy, HEALTHY_SERVICES_SHOWN);
}
const shape = {
  checks: int(a.checks, "checks", 1, 20_000),
  perService: int(a["per-service"], "per-service", 1, 1_000),
  intervalSeconds: int(a.interval, "interval", 10, 3_600),
};
const requests = int(a.requests, "requests", 1, 1_000);
const visits = int(a.visits, "visits", 2, 100);
const dataDir = path.join(repoRoot, ".data/bench-panels");
const say = (m: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}`);
const ms = (v: number) => `${v.toFixed(0)} ms`;

if (!a.keep) rmSync(dataDir, { recursive: true, force: true });
const target = await startTarget();
let stack: Stack | undefined;
// npm start runs in its own process group: stop it on Ctrl-C too, not only at the end.
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    say(`${sig}: stopping npm start and the target`);
    target.proc.stdin?.end();
    void (stack ? stopStack(stack) : Promise.resolve()).finally(() => process.exit(130));
  });
}
let code = 0;
try {
  say("starting npm start (builds first if sources changed)");
  stack = await startStack({ port: await freePort(), pgPort: await freePort(), dataDir, onSpawn: (s) => (stack = s) });
  const pool = new pg.Pool({ connectionString: stack.databaseUrl, max: 1 });
  const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Check" WHERE id LIKE 'bench-%'`);
  if (rows[0]?.n === 0) await seedPanels(pool, { ...shape, targetPort: target.port }, say);
  else {
    say(`reusing ${rows[0]?.n} seeded checks`);
    shape.checks = rows[0]?.n ?? shape.checks;
    await pointChecksAt(pool, target.port);
  }
  // Measure a settled panel: every check has run against this run's target.
  const pointedAt = new Date();
  for (const deadline = Date.now() + (2 * shape.intervalSeconds + 60) * 1000; ; ) {
    const { rows: ran } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Check" WHERE "lastCheckedAt" >= $1`,
      [pointedAt],
    );
    if ((ran[0]?.n ?? 0) >= shape.checks) break;
    if (Date.now() > deadline)
      throw new Error(`only ${ran[0]?.n} of ${shape.checks} checks ran within ${2 * shape.intervalSeconds + 60} s`);
    await new Promise((r) => setTimeout(r, 2000));
  }
  say("every check has run once");
  const { rows: size } = await pool.query<{ db: string; results: string; rollups: string }>(
    `SELECT pg_size_pretty(pg_database_size(current_database())) AS db,
       (SELECT to_char(count(*), 'FM999,999,999') FROM "CheckResult") AS results,
       (SELECT to_char(count(*), 'FM999,999,999') FROM "CheckRollup") AS rollups`,
  );
  await pool.end();
  const { token } = await benchCredentials(stack.databaseUrl);
  const auth = { authorization: `Bearer ${token}`, accept: "application/json" };
  say(`measuring ${requests} requests per read`);
  const timings: Timing[] = [
    await timeGets(stack.base, "/api/v1/overview", auth, requests),
    await timeGets(stack.base, "/api/v1/checks", auth, requests),
  ];
  for (const range of ["24h", "7d", "30d", "90d"]) {
    timings.push(await timeGets(stack.base, `/api/v1/services/svc-1/health?range=${range}`, auth, requests));
  }
  console.log(
    [
      `bench/panels: ${shape.checks} checks (${shape.perService} per service, every ${shape.intervalSeconds} s, run live by the worker); ` +
        `database ${size[0]?.db}: ${size[0]?.results} raw results, ${size[0]?.rollups} rollups`,
      "server time over loopback (p50 / p95 / max, response size):",
      ...timings.map(
        (t) =>
          `  GET ${t.path.padEnd(42)} ${ms(t.p50).padStart(7)} / ${ms(t.p95).padStart(7)} / ${ms(t.max).padStart(7)}  ${(t.bytes / 1024).toFixed(0)} KiB`,
      ),
    ].join("\n"),
  );
  say(`loading the Overview ${visits} times in Chromium`);
  const groups = await shownGroups(stack.base, auth);
  const b = await measureOverview({ base: stack.base, ...BENCH_USER, groups, visits });
  const visit = (v: typeof b.cold) =>
    `HTML ${ms(v.html)}, all groups ${ms(v.tiles)}, hydrated ${ms(v.hydrated)}, load ${ms(v.load)}`;
  console.log(
    [
      `Overview in Chromium, from navigation start (${groups} service groups, ${b.cold.tileCount} tiles open, ${b.cold.domNodes} DOM nodes, ${(b.cold.htmlBytes / 1024).toFixed(0)} KiB HTML):`,
      `  first visit (cold cache): ${visit(b.cold)}`,
      `  next ${b.visits - 1} visits p50:      ${visit(b.warm.p50)}`,
      `  next ${b.visits - 1} visits max:      ${visit(b.warm.max)}`,
    ].join("\n"),
  );
} catch (err) {
  say(`failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  code = 1;
} finally {
  if (stack) await stopStack(stack);
  target.proc.stdin?.end();
}
process.exit(code);
