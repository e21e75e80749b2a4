// `npm start`: database (embedded unless DATABASE_URL), migrations, first-run demo, build if needed, web + worker,
// each restarted with backoff when it exits unexpectedly.
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { enableStatementStats, seedDemo, seedDemoChecks, seedDemoTargets } from "@opsdeck/core/demo/index";
import { parseKey } from "@opsdeck/core/secrets/crypto";
import { isSetupOpen } from "@opsdeck/core/user/setup-first-admin";
import { createDb } from "@opsdeck/db";
import { portInUse } from "@opsdeck/db/port";
import { type LocalDatabase, openLocalDatabase } from "@opsdeck/db/local";
import { migrateDeploy } from "@opsdeck/db/migrate";
import { dataDir, repoRoot } from "@opsdeck/db/paths";
import { checkAppEnv } from "./lib/app-env.ts";
import { startChild, waitForHttp } from "./lib/children.ts";
import { ensureLocalSecrets } from "./lib/local-secrets.ts";
import { type Running, Supervisor } from "./lib/supervisor.ts";
import { workerNodeArgs } from "./lib/worker-launch.ts";

const say = (msg: string) => console.log(`[opsdeck] ${msg}`);
const warn = (msg: string) => console.error(`[opsdeck] ${msg}`);
const fail = (msg: string): never => {
  warn(msg);
  process.exit(1);
};
const asRunning = (d: LocalDatabase): Running => ({ exited: d.exited ?? new Promise(() => {}), stop: d.stop });

async function main() {
  const t0 = Date.now();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    TURBO_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
  };
  const port = Number(env.PORT ?? 3000);
  const host = env.HOST ?? "127.0.0.1";
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`PORT must be a port number, got "${env.PORT}"`);
  if (await portInUse(port, host))
    fail(`port ${port} is already in use. Stop what holds it or start with PORT=<free port> npm start.`);
  const made = ensureLocalSecrets(dataDir(), env);
  if (made.length)
    say(
      `generated ${made.join(" and ")} in ${path.relative(repoRoot, dataDir())}/ (set them in the environment to manage them yourself)`,
    );
  env.NEXTAUTH_URL ??= `http://${host === "0.0.0.0" ? "localhost" : host}:${port}`;
  // One id across restarts: a restarted worker takes its shard leases back at once instead of waiting out their TTL.
  env.WORKER_ID ??= randomUUID();
  try {
    checkAppEnv(env);
  } catch (err) {
    fail(err instanceof Error ? err.message : String(err));
  }

  const database = await openLocalDatabase(say, { detached: true }).catch((err) => fail(err.message));
  env.DATABASE_URL = database.url;
  say(
    database.embedded
      ? `embedded PostgreSQL running from ${path.relative(repoRoot, dataDir())}/pg`
      : "using DATABASE_URL",
  );

  const apps: Supervisor[] = [];
  let pg: Supervisor | null = null;
  let stopping = false;
  let ready = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say("stopping…");
    await Promise.all(apps.map((a) => a.stop()));
    await (pg ? pg.stop() : database.stop()).catch(() => {});
    say("stopped");
    process.exit(code);
  };
  if (database.exited) {
    // A server we started is started again when it dies; web and worker reconnect on their own.
    const launch = async () => asRunning(await openLocalDatabase(say, { detached: true }));
    pg = new Supervisor({ name: "embedded PostgreSQL", launch, say, warn, onGiveUp: () => void shutdown(1) });
    await pg.start(asRunning(database));
  }
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  const base = `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}`;
  const demo = env.OPSDECK_DEMO !== "0";
  // The demo's local target (POST /break, POST /heal): a convenience, so a busy port only skips it.
  let targetPort: number | null = null;
  if (demo) {
    const wanted = Number(env.DEMO_TARGET_PORT ?? port + 1);
    if (!Number.isInteger(wanted) || wanted < 1 || wanted > 65535)
      say(`no demo target: DEMO_TARGET_PORT must be a port number, got "${env.DEMO_TARGET_PORT ?? wanted}"`);
    else if (wanted === port || (await portInUse(wanted, "127.0.0.1")))
      say(`no demo target: port ${wanted} is in use (set DEMO_TARGET_PORT=<free port> to choose another)`);
    else targetPort = wanted;
  }

  let setupOpen = false;
  try {
    await migrateDeploy(database.url);
    say("migrations applied");
    const db = createDb(database.url, 2);
    if (demo) {
      const seeded = await seedDemo({ db, now: new Date(), force: false });
      if (seeded.seeded) say("loaded the demo data (first run)");
      // First run only: after the demo data, or if an earlier start stopped before adding the checks.
      const opsdeck = await db.service.findUnique({
        where: { slug: "opsdeck" },
        select: { _count: { select: { checks: true } } },
      });
      if (seeded.seeded || (opsdeck && opsdeck._count.checks === 0)) {
        const made = await seedDemoChecks({
          db,
          baseUrl: base,
          databaseUrl: database.url,
          secretKey: parseKey(env.OPSDECK_SECRET_KEY ?? ""),
          targetUrl: targetPort ? `http://127.0.0.1:${targetPort}/` : undefined,
        });
        if (made.checks.length)
          say(`added ${made.checks.length} demo checks (${made.checks.map((c) => c.name).join(", ")})`);
      }
      // Also on an existing demo install that has never had a target (nobody removed them).
      if (
        seeded.seeded ||
        ((await db.target.count()) === 0 && (await db.auditLog.count({ where: { action: "target.delete" } })) === 0)
      ) {
        // The shop database is made only beside the embedded server: never on an operator's own PostgreSQL.
        const targets = await seedDemoTargets({
          db,
          dataDir: dataDir(),
          serverUrl: database.embedded ? database.url : null,
          secretKey: parseKey(env.OPSDECK_SECRET_KEY ?? ""),
        }).catch((err: Error) => {
          say(`demo action targets not added: ${err.message}`);
          return [];
        });
        if (targets.length) say(`added demo action targets (${targets.join(", ")})`);
      }
      // The ops database's Postgres insights show its slow queries (the embedded server loads the library).
      if (database.embedded)
        await enableStatementStats(db).catch((err: Error) => say(`pg_stat_statements not installed: ${err.message}`));
    }
    setupOpen = await isSetupOpen(db);
    await db.$disconnect();
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    return shutdown(1);
  }

  const build = env.OPSDECK_SKIP_BUILD !== "1";
  if (build) {
    say("building the web app and the worker if sources changed…");
    const b = spawnSync(
      path.join(repoRoot, "node_modules/.bin/turbo"),
      ["run", "build", "--filter=@opsdeck/web", "--filter=@opsdeck/worker", "--output-logs=errors-only"],
      {
        cwd: repoRoot,
        env,
        stdio: "inherit",
      },
    );
    if (b.status !== 0) return shutdown(1);
  }

  // Node itself rather than the tsx wrapper, so that the pid we watch and signal does the work.
  const script = (name: string, cwd: string, args: string[]) => () =>
    startChild(name, process.execPath, ["--import", "tsx", ...args], { cwd, env });
  // Next.js behind a front that serves the status page from its cache (apps/web/server.ts).
  const web = () =>
    startChild("web", process.execPath, ["--import", "tsx", "server.ts", "-p", String(port), "-H", host], {
      cwd: path.join(repoRoot, "apps/web"),
      env: { ...env, NODE_ENV: "production" },
    });
  const programs = [
    // Without web there is nothing to serve: a crash loop, or a crash before it first answered, stops everything.
    { name: "web", launch: web, fatal: () => !ready, onGiveUp: () => void shutdown(1) },
    // Without a worker the dashboard keeps serving and says that checks are not running.
    {
      name: "worker",
      launch: () =>
        startChild("worker", process.execPath, workerNodeArgs(build), { cwd: path.join(repoRoot, "apps/worker"), env }),
    },
    // The demo target's tile just turns red while it is down.
    ...(targetPort
      ? [
          {
            name: "demo-target",
            launch: script("demo-target", repoRoot, ["scripts/demo-target.ts", String(targetPort)]),
          },
        ]
      : []),
  ];
  for (const p of programs) {
    const s = new Supervisor({ ...p, say, warn });
    apps.push(s);
    await s.start();
  }
  const up = await waitForHttp(`${base}/api/healthz`, 60_000, () => stopping);
  if (stopping) return;
  ready = up;
  if (up) {
    say(
      `ready in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${env.NEXTAUTH_URL}  (Ctrl-C stops web, worker and database)`,
    );
    if (setupOpen) say(`first visit: ${env.NEXTAUTH_URL}/setup creates the first admin`);
  } else {
    warn("the web app did not answer within 60 s");
    await shutdown(1);
  }
}

main().catch((err) => fail(err instanceof Error ? err.message : String(err)));
