// Checks created through the API at scale: `npm start` on its own data dir (web and worker, no demo),
// S services created one call each, then S × C HTTP checks against a local target through
// POST /api/v1/checks/bulk, 1,000 a call. Prints the time of the first 1,000 and of all, then walks
// GET /api/v1/checks and /api/v1/services by cursor and reads the Overview's headline counts.
// Usage: node --import tsx bench/bulk.ts [--services 1000] [--per-service 10] [--interval 60]
import { rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { repoRoot } from "@opsdeck/db/paths";
import { wholeNumber } from "./args.ts";
import { createThroughApi } from "./bulk/create.ts";
import { freePort } from "./checks/db.ts";
import { startTarget } from "./checks/processes.ts";
import { benchCredentials, type Stack, startStack, stopStack } from "./panels/stack.ts";

const { values: a } = parseArgs({
  options: {
    services: { type: "string", default: "1000" },
    "per-service": { type: "string", default: "10" },
    interval: { type: "string", default: "60" },
  },
});
const services = wholeNumber(a.services, "services", 1, 10_000);
const perService = wholeNumber(a["per-service"], "per-service", 1, 1_000);
const intervalSeconds = wholeNumber(a.interval, "interval", 10, 3_600);
const dataDir = path.join(repoRoot, ".data/bench-bulk");
const say = (m: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}`);
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Follow a list's X-Next-Cursor from the first page to the last; how many items and pages, and how long. */
async function walk(base: string, first: string, headers: Record<string, string>, count: (body: unknown) => string[]) {
  const ids = new Set<string>();
  let pages = 0;
  let items = 0;
  const started = performance.now();
  for (let url: string | null = first; url; pages++) {
    const res: Response = await fetch(`${base}${url}`, { headers });
    if (!res.ok) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`);
    const page = count(await res.json());
    items += page.length;
    for (const id of page) ids.add(id);
    const next = res.headers.get("x-next-cursor");
    url = next ? `${first}&cursor=${encodeURIComponent(next)}` : null;
  }
  return { items, distinct: ids.size, pages, ms: performance.now() - started };
}

rmSync(dataDir, { recursive: true, force: true });
const target = await startTarget();
let stack: Stack | undefined;
for (const sig of ["SIGINT", "SIGTERM"] as const)
  process.on(sig, () => {
    target.proc.stdin?.end();
    void (stack ? stopStack(stack) : Promise.resolve()).finally(() => process.exit(130));
  });
let code = 0;
try {
  say("starting npm start (builds first if sources changed)");
  stack = await startStack({ port: await freePort(), pgPort: await freePort(), dataDir, onSpawn: (s) => (stack = s) });
  const { token } = await benchCredentials(stack.databaseUrl);
  const { servicesMs, checksMs, calls } = await createThroughApi({
    base: stack.base,
    token,
    services,
    perService,
    intervalSeconds,
    targetPort: target.port,
    say,
  });
  const total = services * perService;

  const auth = { authorization: `Bearer ${token}` };
  const tiles = (b: unknown) =>
    (b as { services: { checks: { id: string }[] }[] }).services.flatMap((s) => s.checks.map((c) => c.id));
  const checkWalk = await walk(stack.base, "/api/v1/checks?order=name&limit=1000", auth, tiles);
  const serviceWalk = await walk(stack.base, "/api/v1/services?limit=200", auth, (b) =>
    (b as { id: string }[]).map((s) => s.id),
  );
  const overview = await (await fetch(`${stack.base}/api/v1/overview`, { headers: auth })).json();
  const sorted = [...calls].sort((x, y) => x - y);
  console.log(
    [
      `bench/bulk: ${services} services, ${total} HTTP checks (every ${intervalSeconds} s, worker running)`,
      `  services, one POST each:           ${secs(servicesMs)} (${(servicesMs / services).toFixed(1)} ms a call)`,
      `  first 1,000 checks (one call):     ${secs(calls[0] ?? 0)}`,
      `  all ${total} checks (${calls.length} calls): ${secs(checksMs)}; a call p50 ${secs(sorted[Math.floor(sorted.length / 2)] ?? 0)}, max ${secs(sorted.at(-1) ?? 0)}`,
      `  GET /api/v1/checks by cursor:      ${checkWalk.items} checks (${checkWalk.distinct} distinct) in ${checkWalk.pages} pages, ${secs(checkWalk.ms)}`,
      `  GET /api/v1/services by cursor:    ${serviceWalk.items} services (${serviceWalk.distinct} distinct) in ${serviceWalk.pages} pages, ${secs(serviceWalk.ms)}`,
      `  Overview headline counts:          ${overview.summary.checks.total} checks, ${JSON.stringify(overview.summary.checks.byState)}`,
    ].join("\n"),
  );
  if (checkWalk.distinct !== total || overview.summary.checks.total !== total) code = 1;
} catch (err) {
  say(`failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  code = 1;
} finally {
  if (stack) await stopStack(stack);
  target.proc.stdin?.end();
}
process.exit(code);
