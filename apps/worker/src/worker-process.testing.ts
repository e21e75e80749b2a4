import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { repoRoot } from "@opsdeck/db/paths";
import { captureOutput } from "@opsdeck/db/testing";

export type Run = { proc: ChildProcess; out: () => string; err: () => string; exited: Promise<number | null> };

export const running: Run[] = [];

/**
 * `node --import tsx src/main.ts` as `npm start` runs it without a build (or `nodeArgs`, such as the
 * bundle's), with exactly `env` (plus PATH/HOME).
 */
export function startWorker(env: Record<string, string>, nodeArgs = ["--import", "tsx", "src/main.ts"]): Run {
  const proc = spawn(process.execPath, nodeArgs, {
    cwd: path.join(repoRoot, "apps/worker"),
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
  const run = { proc, ...captureOutput(proc), exited };
  running.push(run);
  return run;
}

export async function until<T>(
  what: string,
  get: () => Promise<T | undefined | null | false>,
  run: Run,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await get();
    if (v) return v;
    if (run.proc.exitCode !== null)
      throw new Error(`worker exited (code ${run.proc.exitCode}) before ${what}:\n${run.out()}${run.err()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${run.out()}${run.err()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Stop every worker a test started: SIGTERM, then SIGKILL after 10 s. */
export async function stopWorkers(): Promise<void> {
  for (const r of running.splice(0)) {
    if (r.proc.exitCode !== null || r.proc.signalCode !== null) continue;
    r.proc.kill("SIGTERM");
    const timer = setTimeout(() => r.proc.kill("SIGKILL"), 10_000);
    await r.exited;
    clearTimeout(timer);
  }
}
