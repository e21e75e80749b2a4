import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { stopOrphan } from "@opsdeck/db/embedded";
import { repoRoot } from "@opsdeck/db/paths";
import { createTestDb, type TestDb } from "@opsdeck/db/testing";
import { afterEach, describe, expect, it } from "vitest";

type Run = {
  proc: ChildProcess;
  out: () => string;
  err: () => string;
  exited: Promise<number | null>;
  ms: () => number;
};

const STACK = /^\s+at /m;
const hasBuild = existsSync(path.join(repoRoot, "apps/web/.next/BUILD_ID"));

const runs: Run[] = [];
const dataDirs: string[] = [];
const servers: net.Server[] = [];
const testDbs: TestDb[] = [];

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

/** `npm start` in its own process group (so cleanup reaches web and worker), on a fresh data dir and ports. */
async function npmStart(extra: Record<string, string>): Promise<Run> {
  const dataDir = path.join(repoRoot, ".data", `start-test-${randomBytes(4).toString("hex")}`);
  dataDirs.push(dataDir);
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ["DATABASE_URL", "NEXTAUTH_SECRET", "NEXTAUTH_URL", "OPSDECK_SECRET_KEY", "HOST", "NODE_ENV"])
    delete env[k];
  Object.assign(env, {
    OPSDECK_SKIP_BUILD: "1",
    OPSDECK_DEMO: "0",
    OPSDECK_DATA_DIR: dataDir,
    PORT: String(await freePort()),
    // Only reached if a case wrongly falls through to the embedded database: keep it off the default port.
    OPSDECK_PG_PORT: String(await freePort()),
    ...extra,
  });
  const t0 = Date.now();
  const proc = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: repoRoot,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  proc.stdout?.on("data", (d) => {
    out += d;
  });
  proc.stderr?.on("data", (d) => {
    err += d;
  });
  let ms = 0;
  const exited = new Promise<number | null>((resolve) =>
    proc.once("exit", (code) => {
      ms = Date.now() - t0;
      resolve(code);
    }),
  );
  const run = { proc, out: () => out, err: () => err, exited, ms: () => ms };
  runs.push(run);
  return run;
}

const within = <T>(p: Promise<T>, ms: number, what: string) =>
  Promise.race([
    p,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms)),
  ]);

function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is gone
  }
}

afterEach(async () => {
  for (const r of runs.splice(0)) {
    // The group outlives its leader when web or worker linger: always signal the whole group.
    const pid = r.proc.pid;
    if (pid === undefined) continue;
    signalGroup(pid, "SIGTERM");
    await Promise.race([r.exited, new Promise((res) => setTimeout(res, 10_000))]);
    signalGroup(pid, "SIGKILL");
  }
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
  for (const t of testDbs.splice(0)) await t.drop().catch(() => {});
  for (const d of dataDirs.splice(0)) {
    await stopOrphan(path.join(d, "pg"), () => {}).catch(() => {});
    rmSync(d, { recursive: true, force: true });
  }
}, 60_000);

describe("npm start", () => {
  it("exits 1 at once when PORT is taken, saying which port and what to do", async () => {
    const port = await freePort();
    const holder = net.createServer();
    servers.push(holder);
    await new Promise<void>((r) => holder.listen(port, "127.0.0.1", r));

    const run = await npmStart({ PORT: String(port) });
    expect(await within(run.exited, 20_000, "exiting")).toBe(1);
    expect(run.ms()).toBeLessThan(10_000);
    expect(run.err()).toContain(`port ${port} is already in use`);
    expect(run.err()).toContain("PORT=<free port> npm start");
    expect(run.out() + run.err()).not.toMatch(STACK);
  });

  it("exits 1 when the embedded PostgreSQL port is taken, saying how to choose another", async () => {
    const pgPort = await freePort();
    const holder = net.createServer();
    servers.push(holder);
    await new Promise<void>((r) => holder.listen(pgPort, "127.0.0.1", r));

    const run = await npmStart({ OPSDECK_PG_PORT: String(pgPort) });
    expect(await within(run.exited, 30_000, "exiting")).toBe(1);
    expect(run.err()).toContain(`port ${pgPort} is already in use, so the embedded PostgreSQL cannot start`);
    expect(run.err()).toContain("OPSDECK_PG_PORT");
    expect(run.out() + run.err()).not.toMatch(STACK);
  });

  it("exits 1 when DATABASE_URL cannot be reached, naming host and port, without a stack trace", async () => {
    const dbPort = await freePort();
    const run = await npmStart({ DATABASE_URL: `postgresql://opsdeck:opsdeck@127.0.0.1:${dbPort}/opsdeck` });
    expect(await within(run.exited, 25_000, "exiting")).toBe(1);
    expect(run.err()).toContain(`cannot reach the database at 127.0.0.1:${dbPort}/opsdeck`);
    expect(run.err()).toContain("ECONNREFUSED");
    expect(run.err()).not.toContain("opsdeck:opsdeck@");
    expect(run.out() + run.err()).not.toMatch(STACK);
  });

  it("exits 1 naming DATABASE_URL when it is not a postgresql:// URL, without echoing it", async () => {
    for (const url of ["not-a-url", "mysql://root:hunter2@127.0.0.1:3306/opsdeck"]) {
      const run = await npmStart({ DATABASE_URL: url });
      expect(await within(run.exited, 20_000, "exiting")).toBe(1);
      expect(run.err()).toContain("DATABASE_URL must be a postgresql:// URL");
      expect(run.out() + run.err()).not.toContain(url);
      expect(run.out() + run.err()).not.toMatch(STACK);
    }
  });

  it("exits 1 naming PORT when it is not a port number", async () => {
    const run = await npmStart({ PORT: "abc" });
    expect(await within(run.exited, 20_000, "exiting")).toBe(1);
    expect(run.err()).toContain('PORT must be a port number, got "abc"');
    expect(run.out() + run.err()).not.toMatch(STACK);
  });

  it.skipIf(!hasBuild)(
    "exits 1 naming a malformed variable of the web app (next start validates the environment)",
    async () => {
      const t = await createTestDb();
      testDbs.push(t);
      const run = await npmStart({ DATABASE_URL: t.url, NEXTAUTH_SECRET: "tooshort-7f3a" });
      expect(await within(run.exited, 80_000, "exiting")).toBe(1);
      const all = run.out() + run.err();
      expect(all).toMatch(/NEXTAUTH_SECRET: must be at least 32 characters/);
      expect(all).toContain("web exited unexpectedly (code 1)");
      expect(all).not.toMatch(STACK);
      expect(all).not.toContain("tooshort-7f3a");
    },
    90_000,
  );
});
