import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import readline from "node:readline";
import { repoRoot } from "@opsdeck/db/paths";
import { buildWorker, workerNodeArgs } from "../../scripts/lib/worker-launch.ts";
import { SPAN_MS } from "./failing-span.ts";
import { childrenOf, cpuSeconds, rssBytes } from "./proc.ts";

export type Window = {
  ms: number;
  executed: number;
  missedSlots: number;
  skippedOverlaps: number;
  lagHist: Record<string, number>;
};
/** One "scheduler stats" line, with the worker's CPU seconds and RSS read when it arrived. */
export type StatsLine = { at: number; cpu: number; rss: number; checks: number; window: Window };

/** A worker's log line as a StatsLine (CPU and RSS of `pid` read now), or null for any other line. */
export function statsLineOf(j: Record<string, unknown>, pid: number | undefined): StatsLine | null {
  if (j.msg !== "scheduler stats") return null;
  return {
    at: Date.now(),
    cpu: (pid && cpuSeconds(pid)) ?? Number.NaN,
    rss: (pid && rssBytes(pid)) ?? Number.NaN,
    checks: Number(j.checks),
    window: j.window as Window,
  };
}

export type WorkerProc = {
  id: string;
  wrapper: ChildProcess;
  pid: () => number | undefined;
  lines: StatsLine[];
  tail: string[];
  exited: Promise<void>;
};

/** The target server in its own process (failing spans of `spanMs`); resolves with its port. */
export function startTarget(spanMs = SPAN_MS): Promise<{ port: number; proc: ChildProcess }> {
  const script = path.join(import.meta.dirname, "target-server.ts");
  const proc = spawn(process.execPath, ["--import", "tsx", script, String(spanMs)], {
    cwd: repoRoot,
    stdio: ["pipe", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    readline.createInterface({ input: proc.stdout as NodeJS.ReadableStream }).on("line", (l) => {
      if (l.startsWith("PORT ")) resolve({ port: Number(l.slice(5)), proc });
    });
    proc.once("exit", (code) => reject(new Error(`the target exited early (code ${code})`)));
  });
}

/**
 * A worker as npm start runs it (its bundle, built first; see scripts/lib/worker-launch.ts) under
 * coreutils `timeout`, so that it stops by itself even if the bench is killed; `timeout` passes SIGTERM
 * on. CPU and RSS are the node process's.
 */
export function spawnWorker(id: string, databaseUrl: string, maxSeconds: number, cpuProfDir?: string): WorkerProc {
  const prof = cpuProfDir ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(cpuProfDir)}`] : [];
  const main = [...prof, ...workerNodeArgs(buildWorker())];
  const args = ["--kill-after=30", String(maxSeconds), process.execPath, ...main];
  const wrapper = spawn("timeout", args, {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl, WORKER_ID: id },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const pid = () => (wrapper.pid ? childrenOf(wrapper.pid)[0] : undefined);
  const w: WorkerProc = {
    id,
    wrapper,
    pid,
    lines: [],
    tail: [],
    exited: new Promise((resolve) => wrapper.once("exit", () => resolve())),
  };
  const onLine = workerLog(w);
  readline.createInterface({ input: wrapper.stdout as NodeJS.ReadableStream }).on("line", onLine);
  readline.createInterface({ input: wrapper.stderr as NodeJS.ReadableStream }).on("line", onLine);
  return w;
}

/** A handler for a worker's log lines: stats lines are kept in `w.lines`, warnings and errors printed. */
export function workerLog(w: Pick<WorkerProc, "id" | "pid" | "lines" | "tail">): (line: string) => void {
  return (line) => {
    w.tail = [...w.tail.slice(-19), line];
    let j: Record<string, unknown>;
    try {
      j = JSON.parse(line);
    } catch {
      return;
    }
    const stats = statsLineOf(j, w.pid());
    if (stats) w.lines.push(stats);
    else if (j.level !== "info") console.error(`[${w.id}] ${line}`);
  };
}

/** SIGTERM (passed on by `timeout`), then SIGKILL to the whole wrapper group after `graceMs`. */
export async function stopWorker(w: WorkerProc, graceMs = 30_000): Promise<void> {
  if (w.wrapper.exitCode !== null || w.wrapper.signalCode !== null) return;
  w.wrapper.kill("SIGTERM");
  const timer = setTimeout(() => {
    const p = w.pid();
    if (p) process.kill(p, "SIGKILL");
    w.wrapper.kill("SIGKILL");
  }, graceMs);
  await w.exited;
  clearTimeout(timer);
}

/** A helper process (control.ts, dashboards.ts) that prints one JSON line per line it reads. */
export function startHelper<T>(script: string, args: string[] = []) {
  const proc = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, script), ...args], {
    cwd: repoRoot,
    stdio: ["pipe", "pipe", "inherit"],
  });
  const waiting: ((v: T) => void)[] = [];
  readline
    .createInterface({ input: proc.stdout as NodeJS.ReadableStream })
    .on("line", (l) => waiting.shift()?.(JSON.parse(l)));
  return {
    proc,
    take: () =>
      new Promise<T>((resolve) => {
        waiting.push(resolve);
        proc.stdin?.write("\n");
      }),
  };
}
