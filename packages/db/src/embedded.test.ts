import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import readline from "node:readline";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { type EmbeddedHandle, startEmbedded, stopOrphan } from "./embedded.ts";
import { dataDir, repoRoot } from "./paths.ts";
import { openLocalDatabase } from "./local.ts";
import { embeddedUrl } from "./pg-config.ts";
import { freePort, portInUse } from "./port.ts";
import { runningPostmaster } from "./postmaster.ts";

const T = 60_000;
const DB = "opsdeck";


/** Alive and not a zombie: an orphan's zombie is only reaped whenever init gets to it. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

const postmasterPid = (dir: string) => Number(readFileSync(path.join(dir, "postmaster.pid"), "utf8").split("\n")[0]);

/** Pids whose parent is `pid` (Linux /proc). */
function childPids(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch {
      // exited meanwhile
    }
  }
  return out;
}

async function until(what: string, ok: () => boolean | Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await c.connect();
  try {
    return (await c.query<T>(sql)).rows;
  } finally {
    await c.end();
  }
}

// Everything a test starts, undone in afterEach even when it fails half-way.
let dirs: string[] = [];
let helpers: ChildProcess[] = [];
let handles: Pick<EmbeddedHandle, "stop">[] = [];
let servers: net.Server[] = [];

function newDir(): string {
  const dir = path.join(dataDir(), `embedded-test-${randomBytes(4).toString("hex")}`);
  dirs.push(dir);
  return dir;
}

/** Run embedded-main.ts (what `npm start` runs) and wait for its READY line. */
async function startHelper(dir: string, port: number): Promise<{ proc: ChildProcess; url: string }> {
  const proc = spawn(
    process.execPath,
    ["--import", "tsx", path.join(repoRoot, "packages/db/src/embedded-main.ts"), dir, String(port), DB],
    {
      cwd: repoRoot,
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
  helpers.push(proc);
  let stderr = "";
  proc.stderr?.on("data", (d) => {
    stderr += d;
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`embedded-main did not report READY: ${stderr}`)), 45_000);
    readline.createInterface({ input: proc.stdout }).on("line", (line) => {
      if (line.startsWith("READY ")) resolve(line.slice(6));
      if (line.startsWith("ERROR ")) reject(new Error(line));
      if (line.startsWith("READY ") || line.startsWith("ERROR ")) clearTimeout(timer);
    });
    proc.once("exit", (code) => reject(new Error(`embedded-main exited (code ${code}): ${stderr}`)));
  });
  return { proc, url };
}

function pidOf(proc: ChildProcess): number {
  if (proc.pid === undefined) throw new Error("spawn failed");
  return proc.pid;
}

async function killHard(proc: ChildProcess) {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((r) => proc.once("exit", r));
  proc.kill("SIGKILL");
  await exited;
}

afterEach(async () => {
  for (const s of servers) await new Promise((r) => s.close(r));
  for (const h of handles) await h.stop().catch(() => {});
  for (const p of helpers) {
    if (p.exitCode !== null || p.signalCode !== null) continue;
    const exited = new Promise((r) => p.once("exit", r));
    p.kill("SIGTERM");
    const timer = setTimeout(() => p.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  }
  // A postmaster orphaned by the test itself: stop it before removing its data.
  for (const d of dirs) await stopOrphan(d, () => {}).catch(() => {});
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  [dirs, helpers, handles, servers] = [[], [], [], []];
}, T);

describe("startEmbedded", () => {
  it(
    "recovers a data dir whose helper was killed, stopping the orphaned postmaster and keeping the data",
    async () => {
      const dir = newDir();
      const port = await freePort();
      const { proc, url } = await startHelper(dir, port);
      expect(url).toBe(embeddedUrl(port, DB));
      await query(url, "CREATE TABLE survivor (note text); INSERT INTO survivor VALUES ('written before the crash')");
      const orphan = postmasterPid(dir);

      await killHard(proc);
      // The scenario: the postmaster outlives its helper and still holds the port and postmaster.pid.
      expect(running(orphan)).toBe(true);
      expect(await portInUse(port)).toBe(true);

      const logs: string[] = [];
      const handle = await startEmbedded({ dataDir: dir, port, database: DB, log: (l) => logs.push(l) });
      handles.push(handle);
      expect(logs.join("\n")).toContain(`stopping a PostgreSQL (pid ${orphan}) left running by an earlier run`);
      expect(running(orphan)).toBe(false);
      expect(postmasterPid(dir)).not.toBe(orphan);
      expect(await query(handle.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
      expect(await query(handle.url, "SELECT note FROM survivor")).toEqual([{ note: "written before the crash" }]);

      await handle.stop();
      expect(existsSync(path.join(dir, "postmaster.pid"))).toBe(false);
      expect(await portInUse(port)).toBe(false);
    },
    T,
  );

  it(
    "starts on a data dir left by a crash of every PostgreSQL process (stale postmaster.pid)",
    async () => {
      const dir = newDir();
      const port = await freePort();
      const { proc, url } = await startHelper(dir, port);
      await query(url, "CREATE TABLE survivor (note text); INSERT INTO survivor VALUES ('committed before the crash')");
      const postmaster = postmasterPid(dir);
      const backends = childPids(postmaster);
      expect(backends.length).toBeGreaterThan(0);

      // A power cut or OOM kill: nothing shuts down cleanly, postmaster.pid names a dead process.
      await killHard(proc);
      for (const pid of [postmaster, ...backends]) {
        try {
          process.kill(pid, "SIGKILL");
        } catch {
          // already gone
        }
      }
      await until("the killed PostgreSQL processes to go", () => ![postmaster, ...backends].some(running));
      expect(postmasterPid(dir)).toBe(postmaster);

      const logs: string[] = [];
      const handle = await startEmbedded({ dataDir: dir, port, database: DB, log: (l) => logs.push(l) });
      handles.push(handle);
      expect(logs).toEqual([]);
      expect(await query(handle.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
      expect(await query(handle.url, "SELECT note FROM survivor")).toEqual([{ note: "committed before the crash" }]);
      await handle.stop();
    },
    T,
  );

  it(
    "removes a postmaster.pid naming a process that is not running before it starts",
    async () => {
      const dir = newDir();
      const port = await freePort();
      const first = await startEmbedded({ dataDir: dir, port, database: DB });
      handles.push(first);
      const pidFile = readFileSync(path.join(dir, "postmaster.pid"), "utf8");
      await first.stop();

      const gone = spawn(process.execPath, ["-e", ""]);
      await new Promise((r) => gone.once("exit", r));
      expect(running(pidOf(gone))).toBe(false);
      writeFileSync(path.join(dir, "postmaster.pid"), pidFile.replace(/^\d+/, String(gone.pid)));

      const handle = await startEmbedded({ dataDir: dir, port, database: DB });
      handles.push(handle);
      expect(await query(handle.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
      expect(postmasterPid(dir)).not.toBe(gone.pid);
      await handle.stop();
    },
    T,
  );

  it(
    "leaves alone a live process that is not PostgreSQL whose pid postmaster.pid names (pid reused after a reboot)",
    async () => {
      const dir = newDir();
      const port = await freePort();
      const first = await startEmbedded({ dataDir: dir, port, database: DB });
      handles.push(first);
      const pidFile = readFileSync(path.join(dir, "postmaster.pid"), "utf8");
      await first.stop();

      const bystander = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
      helpers.push(bystander);
      await until("the bystander to run", () => running(pidOf(bystander)));
      writeFileSync(path.join(dir, "postmaster.pid"), pidFile.replace(/^\d+/, String(bystander.pid)));

      const logs: string[] = [];
      const handle = await startEmbedded({ dataDir: dir, port, database: DB, log: (l) => logs.push(l) });
      handles.push(handle);
      expect(logs).toEqual([]);
      expect(await query(handle.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
      await new Promise((r) => setTimeout(r, 200));
      expect(bystander.exitCode).toBe(null);
      expect(bystander.signalCode).toBe(null);
      await handle.stop();
    },
    T,
  );

  it(
    "openLocalDatabase starts PostgreSQL instead of trusting a postmaster.pid that names an unrelated process",
    async () => {
      const root = newDir();
      const dir = path.join(root, "pg");
      const port = await freePort();
      const first = await startEmbedded({ dataDir: dir, port, database: DB });
      handles.push(first);
      expect(runningPostmaster(dir)).toBe(postmasterPid(dir));
      const pidFile = readFileSync(path.join(dir, "postmaster.pid"), "utf8");
      await first.stop();
      expect(runningPostmaster(dir)).toBe(null);

      const bystander = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
      helpers.push(bystander);
      await until("the bystander to run", () => running(pidOf(bystander)));
      writeFileSync(path.join(dir, "postmaster.pid"), pidFile.replace(/^\d+/, String(bystander.pid)));
      expect(runningPostmaster(dir)).toBe(null);

      const saved = { ...process.env };
      Object.assign(process.env, { OPSDECK_DATA_DIR: root, OPSDECK_PG_PORT: String(port) });
      delete process.env.DATABASE_URL;
      try {
        const local = await openLocalDatabase();
        handles.push(local);
        expect(local).toMatchObject({ url: embeddedUrl(port, DB), embedded: true });
        expect(await query(local.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
        await local.stop();
      } finally {
        process.env = saved;
      }
      expect(bystander.exitCode).toBe(null);
    },
    T,
  );

  it(
    "refuses a port held by another process, naming the port",
    async () => {
      const dir = newDir();
      const port = await freePort();
      const holder = net.createServer();
      servers.push(holder);
      await new Promise<void>((r) => holder.listen(port, "127.0.0.1", r));

      await expect(startEmbedded({ dataDir: dir, port, database: DB })).rejects.toThrow(
        `port ${port} is already in use`,
      );
      expect(existsSync(path.join(dir, "postmaster.pid"))).toBe(false);
    },
    T,
  );
});
