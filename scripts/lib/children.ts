import { type ChildProcess, spawn } from "node:child_process";
import readline from "node:readline";
import { exitStatus } from "@opsdeck/db/exit-status";

export type Child = {
  name: string;
  proc: ChildProcess;
  pid: number | undefined;
  /** The exit status, a signal counting as 128 + its number (SIGKILL: 137). */
  exited: Promise<number | null>;
  /** SIGTERM, then SIGKILL if it is still running after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
};

/** Spawn a long-running process whose output lines are prefixed with its name. */
export function startChild(
  name: string,
  cmd: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv },
): Child {
  const proc = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", "pipe", "pipe"] });
  for (const stream of [proc.stdout, proc.stderr]) {
    if (!stream) continue;
    readline.createInterface({ input: stream }).on("line", (l) => process.stdout.write(`[${name}] ${l}\n`));
  }
  const exited = new Promise<number | null>((resolve) =>
    proc.on("exit", (code, signal) => resolve(exitStatus(code, signal))),
  );
  const stop = async (graceMs = 25_000) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return;
    proc.kill("SIGTERM");
    const timer = setTimeout(() => proc.kill("SIGKILL"), graceMs);
    await exited;
    clearTimeout(timer);
  };
  return { name, proc, pid: proc.pid, exited, stop };
}

export async function waitForHttp(url: string, timeoutMs: number, isDead: () => boolean): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !isDead()) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}
