import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { formatSeconds } from "./seconds.ts";

export interface RestartCommand {
  command: string;
  cwd: string;
  env: Record<string, string | undefined>;
  timeoutMs: number;
  signal: AbortSignal;
  onLine(line: string): void;
}

/** `ok`, or why not in words a responder can act on ("exited with code 3"). */
export type RestartOutcome = { ok: true } | { ok: false; reason: string };

const KILL_GRACE_MS = 2_000;
const MAX_LINE_CHARS = 1_000;
/** A background process started by the command may keep its output open after the shell exits. */
const DRAIN_MS = 200;

/**
 * Runs `command` with `/bin/sh -c` in its own process group, so a timeout or a cancel stops
 * everything it started (SIGTERM, then SIGKILL after a grace period).
 */
export function runRestartCommand(opts: RestartCommand): Promise<RestartOutcome> {
  return new Promise((resolve) => {
    if (opts.signal.aborted) return resolve({ ok: false, reason: "was cancelled before it started" });
    const child = spawn("/bin/sh", ["-c", opts.command], {
      cwd: opts.cwd,
      env: opts.env as NodeJS.ProcessEnv,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stopped: "timeout" | "cancel" | null = null;
    let killTimer: NodeJS.Timeout | undefined;
    const killGroup = (signal: NodeJS.Signals) => {
      try {
        if (child.pid) process.kill(-child.pid, signal);
      } catch {
        // The group is already gone.
      }
    };
    const stop = (why: "timeout" | "cancel") => {
      if (stopped) return;
      stopped = why;
      killGroup("SIGTERM");
      killTimer = setTimeout(() => killGroup("SIGKILL"), KILL_GRACE_MS);
    };
    const timer = setTimeout(() => stop("timeout"), opts.timeoutMs);
    const onAbort = () => stop("cancel");
    opts.signal.addEventListener("abort", onAbort, { once: true });
    const streams = [child.stdout, child.stderr].filter((s): s is Readable => s !== null);
    const drained = Promise.all(streams.map((stream) => streamLines(stream, opts.onLine)));

    let finished = false;
    const finish = (outcome: RestartOutcome) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      clearTimeout(killTimer);
      opts.signal.removeEventListener("abort", onAbort);
      if (stopped) killGroup("SIGKILL");
      const settle = setTimeout(() => {
        for (const stream of streams) stream.destroy();
      }, DRAIN_MS);
      drained.finally(() => {
        clearTimeout(settle);
        resolve(outcome);
      });
    };
    child.once("error", (err: NodeJS.ErrnoException) => {
      finish({ ok: false, reason: `could not start (${err.code ?? err.message})` });
    });
    child.once("exit", (code, signal) => {
      if (stopped === "timeout")
        return finish({ ok: false, reason: `timed out after ${formatSeconds(opts.timeoutMs)}` });
      if (stopped === "cancel") return finish({ ok: false, reason: "was cancelled" });
      if (code === 0) return finish({ ok: true });
      finish({ ok: false, reason: code !== null ? `exited with code ${code}` : `was killed by ${signal}` });
    });
  });
}

function streamLines(stream: Readable, onLine: (line: string) => void): Promise<void> {
  return new Promise((resolve) => {
    const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
    lines.on("line", (line) => onLine(line.length > MAX_LINE_CHARS ? `${line.slice(0, MAX_LINE_CHARS)}…` : line));
    lines.once("close", () => resolve());
    stream.once("close", () => resolve());
    stream.once("error", () => lines.close());
  });
}
