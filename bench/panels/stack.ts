// The dashboard as a user runs it: `npm start` (embedded PostgreSQL, web, worker) on its own data dir
// and ports, without the demo; stopped as a whole process group.
import { type ChildProcess, spawn } from "node:child_process";
import readline from "node:readline";
import { createApiToken, createUser, getUserByEmail, systemCtx } from "@opsdeck/core";
import { createDb } from "@opsdeck/db";
import { repoRoot } from "@opsdeck/db/paths";
import { embeddedUrl } from "../../packages/db/src/pg-config.ts";

export const BENCH_USER = { email: "bench@example.com", password: "bench-panels-password" };

export type Stack = { base: string; databaseUrl: string; proc: ChildProcess };

/**
 * `onSpawn` gets the process at once, so that an interrupted start can still be stopped; `onLine`, if
 * given, gets each line npm start prints (its children's lines carry a `[web] ` / `[worker] ` prefix).
 */
export async function startStack(opts: {
  port: number;
  pgPort: number;
  dataDir: string;
  onSpawn?: (s: Stack) => void;
  onLine?: (line: string) => void;
}): Promise<Stack> {
  const proc = spawn("npm", ["start"], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(opts.port),
      OPSDECK_PG_PORT: String(opts.pgPort),
      OPSDECK_DATA_DIR: opts.dataDir,
      OPSDECK_DEMO: "0",
    },
    stdio: ["ignore", opts.onLine ? "pipe" : "ignore", "inherit"],
    detached: true,
  });
  if (opts.onLine && proc.stdout) readline.createInterface({ input: proc.stdout }).on("line", opts.onLine);
  const base = `http://127.0.0.1:${opts.port}`;
  const stack = { base, databaseUrl: embeddedUrl(opts.pgPort, "opsdeck"), proc };
  opts.onSpawn?.(stack);
  const deadline = Date.now() + 600_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`npm start exited with ${proc.exitCode}`);
    if (Date.now() > deadline) throw new Error("npm start did not answer within 10 minutes");
    const res = await fetch(`${base}/api/readyz`, { signal: AbortSignal.timeout(2000) }).catch(() => null);
    if (res?.status === 200) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return stack;
}

export async function stopStack(s: Stack): Promise<void> {
  if (s.proc.exitCode !== null || s.proc.signalCode !== null) return;
  const exited = new Promise((r) => s.proc.once("exit", r));
  process.kill(-(s.proc.pid as number), "SIGINT");
  await exited;
}

/** The bench's admin (created once per data dir) and a fresh API token for it. */
export async function benchCredentials(databaseUrl: string): Promise<{ token: string }> {
  const db = createDb(databaseUrl, 1);
  const ctx = systemCtx("bench");
  try {
    const user =
      (await getUserByEmail({ db, ctx, email: BENCH_USER.email }).catch(() => null)) ??
      (await createUser({ db, ctx, input: { ...BENCH_USER, name: "Bench", role: "ADMIN" } }));
    const { token } = await createApiToken({ db, ctx, input: { name: `bench ${Date.now()}` }, forUserId: user.id });
    return { token };
  } finally {
    await db.$disconnect();
  }
}
