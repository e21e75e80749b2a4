// The two workers of bench/scale: the one `npm start` runs (its log read from npm start's output, its
// pid from its heartbeat row) and a second one started beside it on the same database.
import type { ChildProcess } from "node:child_process";
import { readlinkSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "@opsdeck/db/paths";
import type pg from "pg";
import { type WorkerProc, workerLog } from "../checks/processes.ts";

const PREFIX = "[worker] ";

/** The worker of `npm start` as a WorkerProc; `onLine` is to be given npm start's output lines. */
export function startedWorker(): {
  worker: WorkerProc;
  onLine: (line: string) => void;
  bind: (proc: ChildProcess, pid: number) => void;
} {
  let pid: number | undefined;
  const w: WorkerProc = {
    id: "npm-start",
    wrapper: undefined as unknown as ChildProcess,
    pid: () => pid,
    lines: [],
    tail: [],
    exited: new Promise(() => {}),
  };
  const log = workerLog(w);
  return {
    worker: w,
    onLine: (line) => {
      if (line.startsWith(PREFIX)) log(line.slice(PREFIX.length));
    },
    bind: (proc, p) => {
      w.wrapper = proc;
      w.exited = new Promise((resolve) => proc.once("exit", () => resolve()));
      pid = p;
    },
  };
}

/** Pid of the live worker not among `otherIds`, from its heartbeat; it must run from this checkout. */
export async function heartbeatPid(pool: pg.Pool, otherIds: string[]): Promise<number> {
  const { rows } = await pool.query<{ pid: number }>(
    `SELECT pid FROM "WorkerHeartbeat" WHERE id <> ALL($1::text[]) AND "lastSeenAt" > now() - interval '1 minute'`,
    [otherIds],
  );
  if (rows.length !== 1) throw new Error(`expected one npm start worker heartbeat, found ${rows.length}`);
  const pid = rows[0]?.pid as number;
  const cwd = readlinkSync(`/proc/${pid}/cwd`);
  if (cwd !== path.join(repoRoot, "apps/worker"))
    throw new Error(`worker pid ${pid} runs in ${cwd}, not this checkout`);
  return pid;
}
