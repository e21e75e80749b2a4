import { type ChildProcess, spawn } from "node:child_process";
import readline from "node:readline";

export type Child = { name: string; proc: ChildProcess; exited: Promise<number | null> };

/** Spawn a long-running process whose output lines are prefixed with its name. */
export function startChild(name: string, cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }): Child {
  const proc = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", "pipe", "pipe"] });
  for (const stream of [proc.stdout, proc.stderr]) {
    if (!stream) continue;
    readline.createInterface({ input: stream }).on("line", (l) => process.stdout.write(`[${name}] ${l}\n`));
  }
  const exited = new Promise<number | null>((resolve) => proc.on("exit", (code, signal) => resolve(code ?? (signal ? 128 : null))));
  return { name, proc, exited };
}

/** SIGTERM each child, then SIGKILL whatever is still running after `graceMs`. */
export async function stopChildren(children: Child[], graceMs = 25_000): Promise<void> {
  await Promise.all(
    children.map(async (c) => {
      if (c.proc.exitCode !== null || c.proc.signalCode !== null) return;
      c.proc.kill("SIGTERM");
      const timer = setTimeout(() => c.proc.kill("SIGKILL"), graceMs);
      await c.exited;
      clearTimeout(timer);
    }),
  );
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
