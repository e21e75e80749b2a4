// The start-up smoke: `npm start` on a fresh data dir (or on DATABASE_URL), then as a user would: the
// first admin (operator CLI), sign in, run one check and see its result, then a clean stop.
// Run with any Node: `node --import tsx scripts/smoke.ts` (CI runs it under Node 20 and 24).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "@opsdeck/db/paths";
import { freePort } from "@opsdeck/db/port";

const say = (msg: string) => console.log(`[smoke] ${msg}`);

async function until<T>(what: string, ms: number, probe: () => Promise<T | null>): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe().catch(() => null);
    if (v !== null) return v;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** next-auth's credentials sign-in, as the login form does it; returns the session cookie. */
async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar, origin: base },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    redirect: "manual",
  });
  const session = res.headers.getSetCookie().find((c) => /session-token=/.test(c));
  if (!session) throw new Error(`sign-in failed (${res.status})`);
  return session.split(";")[0] as string;
}

async function main() {
  const t0 = Date.now();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dataDir = path.join(repoRoot, ".data", `smoke-${randomBytes(4).toString("hex")}`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    NEXTAUTH_URL: base,
    OPSDECK_DATA_DIR: dataDir,
    OPSDECK_PG_PORT: String(await freePort()),
    DEMO_TARGET_PORT: String(await freePort()),
    OPSDECK_SKIP_BUILD: process.env.OPSDECK_SKIP_BUILD ?? "1",
    WORKER_HEARTBEAT_SECONDS: "2",
  };
  say(`node ${process.version}, ${env.DATABASE_URL ? "DATABASE_URL" : "embedded PostgreSQL"}`);
  const start = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  start.stdout?.on("data", (d) => (log += d));
  start.stderr?.on("data", (d) => (log += d));
  const exited = new Promise<number | null>((r) => start.on("exit", (code) => r(code)));
  try {
    await until("readyz 200 (database, migrations, worker heartbeat)", 120_000, async () => ((await fetch(`${base}/api/readyz`)).ok ? true : null));
    say(`ready after ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    const email = "smoke-admin@example.test";
    const password = randomBytes(12).toString("hex");
    const cli = spawnSync(path.join(repoRoot, "node_modules/.bin/tsx"), ["scripts/db.ts", "cli", "user", "create", "--email", email, "--role", "ADMIN"], {
      cwd: repoRoot,
      env,
      input: password,
      encoding: "utf8",
    });
    if (cli.status !== 0) throw new Error(`first admin: ${cli.stderr || cli.stdout}`);
    const cookie = await signIn(base, email, password);
    const me = (await (await fetch(`${base}/api/v1/me`, { headers: { cookie } })).json()) as { role?: string };
    if (me.role !== "ADMIN") throw new Error(`signed in, but /api/v1/me says ${JSON.stringify(me)}`);
    say("first admin created and signed in");

    const tiles = (await (await fetch(`${base}/api/v1/checks`, { headers: { cookie } })).json()) as {
      services: { checks: { id: string; kind: string; name: string }[] }[];
    };
    const check = tiles.services.flatMap((s) => s.checks).find((c) => c.kind === "HTTP");
    if (!check) throw new Error("no HTTP check to run (the demo adds Opsdeck's own liveness check)");
    const asked = Date.now();
    const run = await fetch(`${base}/api/v1/checks/${check.id}/run`, { method: "POST", headers: { cookie, origin: base } });
    if (!run.ok) throw new Error(`run now: ${run.status} ${await run.text()}`);
    const result = await until(`a result of "${check.name}" after run now`, 30_000, async () => {
      const d = (await (await fetch(`${base}/api/v1/checks/${check.id}`, { headers: { cookie } })).json()) as {
        check: { lastCheckedAt: string | null; state: string };
      };
      return d.check.lastCheckedAt && Date.parse(d.check.lastCheckedAt) >= asked - 1000 ? d.check : null;
    });
    say(`"${check.name}" ran: ${result.state} at ${result.lastCheckedAt}`);
  } catch (err) {
    console.error(`[smoke] FAILED: ${err instanceof Error ? err.message : err}\n--- npm start output ---\n${log.slice(-4000)}`);
    start.kill("SIGTERM");
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(1);
  }
  start.kill("SIGTERM");
  const code = await Promise.race([exited, new Promise<"timeout">((r) => setTimeout(() => r("timeout"), 40_000))]);
  rmSync(dataDir, { recursive: true, force: true });
  if (code !== 0) {
    console.error(`[smoke] FAILED: npm start did not stop cleanly on SIGTERM (${code})\n${log.slice(-2000)}`);
    process.exit(1);
  }
  say(`passed: stopped cleanly, ${((Date.now() - t0) / 1000).toFixed(1)} s in all`);
}

main();
