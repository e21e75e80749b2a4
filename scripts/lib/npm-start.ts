// Test support: `npm start` as a real process tree on a fresh data dir and free ports.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import { stopOrphan } from "@opsdeck/db/embedded";
import { repoRoot } from "@opsdeck/db/paths";
import { freePort } from "@opsdeck/db/port";
import { captureOutput } from "@opsdeck/db/testing";

export type Run = {
  proc: ChildProcess;
  env: NodeJS.ProcessEnv;
  dataDir: string;
  out: () => string;
  err: () => string;
  exited: Promise<number | null>;
  ms: () => number;
};

export { freePort };

export const within = <T>(p: Promise<T>, ms: number, what: string) =>
  Promise.race([
    p,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms)),
  ]);

export function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is gone
  }
}

/** Starts `npm start` runs and cleans up after them (whole process groups, embedded PostgreSQL, data dirs). */
export function npmStarts() {
  const runs: Run[] = [];

  /** `npm start` in its own process group (so cleanup reaches web and worker), on a fresh data dir and ports. */
  async function start(extra: Record<string, string>): Promise<Run> {
    const dataDir = path.join(repoRoot, ".data", `start-test-${randomBytes(4).toString("hex")}`);
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const k of ["DATABASE_URL", "NEXTAUTH_SECRET", "NEXTAUTH_URL", "OPSDECK_SECRET_KEY", "HOST", "NODE_ENV", "WORKER_ID"])
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
    const { out, err } = captureOutput(proc);
    let ms = 0;
    const exited = new Promise<number | null>((resolve) =>
      proc.once("exit", (code) => {
        ms = Date.now() - t0;
        resolve(code);
      }),
    );
    const run = { proc, env, dataDir, out, err, exited, ms: () => ms };
    runs.push(run);
    return run;
  }

  async function cleanup() {
    for (const r of runs.splice(0)) {
      // The group outlives its leader when web or worker linger: always signal the whole group.
      const pid = r.proc.pid;
      if (pid !== undefined) {
        signalGroup(pid, "SIGTERM");
        await Promise.race([r.exited, new Promise((res) => setTimeout(res, 10_000))]);
        signalGroup(pid, "SIGKILL");
      }
      await stopOrphan(path.join(r.dataDir, "pg"), () => {}).catch(() => {});
      rmSync(r.dataDir, { recursive: true, force: true });
    }
  }

  return { start, cleanup };
}
