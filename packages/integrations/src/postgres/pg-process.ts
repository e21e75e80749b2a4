import { type ChildProcessByStdio, spawn } from "node:child_process";
import path from "node:path";
import type { Readable } from "node:stream";
import { redactText } from "./connection.ts";

const STDERR_TAIL = 12;
const KILL_GRACE_MS = 5_000;
/** --verbose narration ("pg_dump: dumping contents of table ..."), left out of error messages. */
const NARRATION = /^pg_\w+: (?!error|warning|detail|hint)/i;

/** pg_dump or pg_restore exited with an error; the message carries its last stderr lines. */
export class PgToolError extends Error {
  constructor(
    message: string,
    readonly exitCode: number | null,
    readonly stderrTail: string[],
  ) {
    super(message);
    this.name = "PgToolError";
  }
}

export interface PgProcess {
  child: ChildProcessByStdio<null, Readable, Readable>;
  /** Resolves once the program has exited successfully; rejects with PgToolError or the abort reason. */
  done: Promise<void>;
}

export interface StartPgOptions {
  env: Record<string, string | undefined>;
  signal: AbortSignal;
  /** Each stderr line (pg_dump/pg_restore --verbose narrate there). */
  onStderrLine?: (line: string) => void;
}

/**
 * Starts a PostgreSQL client program. Aborting `signal` sends SIGTERM (then SIGKILL if it lingers);
 * `done` settles only after the process has exited, so no program outlives the call.
 */
export function startPgProcess(file: string, args: string[], opts: StartPgOptions): PgProcess {
  opts.signal.throwIfAborted();
  const child = spawn(file, args, { env: opts.env as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
  const tail: string[] = [];
  let partial = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (data: string) => {
    const lines = (partial + data).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) handleLine(line);
  });
  const handleLine = (raw: string) => {
    const line = redactText(raw.trimEnd());
    if (!line) return;
    tail.push(line);
    if (tail.length > STDERR_TAIL) tail.shift();
    opts.onStderrLine?.(line);
  };

  let killTimer: NodeJS.Timeout | undefined;
  const onAbort = () => {
    child.kill("SIGTERM");
    killTimer = setTimeout(() => child.kill("SIGKILL"), KILL_GRACE_MS);
  };
  opts.signal.addEventListener("abort", onAbort, { once: true });

  const done = new Promise<void>((resolve, reject) => {
    child.once("error", (err) => {
      opts.signal.removeEventListener("abort", onAbort);
      reject(new PgToolError(`could not run ${file}: ${err.message}`, null, []));
    });
    child.once("close", (code, signal) => {
      clearTimeout(killTimer);
      opts.signal.removeEventListener("abort", onAbort);
      if (partial) handleLine(partial);
      if (opts.signal.aborted) return reject(opts.signal.reason);
      if (code === 0) return resolve();
      const name = path.basename(file);
      const how = code === null ? `was killed by ${signal}` : `exited with status ${code}`;
      const detail = tail.filter((l) => !NARRATION.test(l));
      reject(
        new PgToolError(`${name} ${how}: ${(detail.length ? detail : tail).join(" | ") || "no message"}`, code, [
          ...tail,
        ]),
      );
    });
  });
  // The caller may not await `done` before an earlier step fails; an unobserved rejection must not crash.
  done.catch(() => {});
  return { child, done };
}
