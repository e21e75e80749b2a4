// Backup, verify and restore of a ~1 GB database through Opsdeck (`npm start`: web, worker, embedded
// PostgreSQL; requested over the API, run by the worker through pg-boss) against bare pg_dump /
// pg_restore doing the same work in the same run, with the web's and the worker's memory.
// Usage: node --import tsx bench/actions.ts [--size 1024]   (megabytes of data to build)
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { repoRoot } from "@opsdeck/db/paths";
import { findPgTool } from "@opsdeck/integrations";
import pg from "pg";
import { timed } from "./actions/bare.ts";
import { seedActionsDatabase } from "./actions/seed.ts";
import { sampleStack } from "./actions/stack-procs.ts";
import { freePort } from "./checks/db.ts";
import { benchCredentials, type Stack, startStack, stopStack } from "./panels/stack.ts";

const { values } = parseArgs({ options: { size: { type: "string", default: "1024" } } });
const sizeMb = Number(values.size);
if (!Number.isInteger(sizeMb) || sizeMb < 10) throw new Error("--size must be a whole number of megabytes, at least 10");
const say = (m: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}`);
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (b: number) => `${(b / 1e6).toFixed(0)} MB`;
const mib = (n: number) => `${n.toFixed(0)} MiB`;

const dataDir = path.join(repoRoot, ".data/bench-actions");
await rm(dataDir, { recursive: true, force: true });
const port = await freePort();
let stack: Stack | undefined;
const work = await mkdtemp(path.join(os.tmpdir(), "opsdeck-bench-actions-"));
try {
  say("starting Opsdeck (npm start) on its own data dir");
  stack = await startStack({ port, pgPort: await freePort(), dataDir, onSpawn: (st) => (stack = st) });
  const { token } = await benchCredentials(stack.databaseUrl);
  const api = async <T>(method: string, p: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${stack?.base}${p}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as T;
    if (!res.ok) throw new Error(`${method} ${p} → ${res.status}: ${JSON.stringify(json)}`);
    return json;
  };
  const serverUrl = stack.databaseUrl.replace(/\/opsdeck$/, "/postgres");
  const admin = new pg.Pool({ connectionString: serverUrl, max: 1 });
  await admin.query("CREATE DATABASE bench_shop");
  const shopUrl = stack.databaseUrl.replace(/\/opsdeck$/, "/bench_shop");
  const pool = new pg.Pool({ connectionString: shopUrl, max: 1 });
  say(`building a ~${sizeMb} MB database`);
  const dbBytes = await seedActionsDatabase(pool, sizeMb, say);
  await pool.end();
  // Each step starts after a checkpoint, so none pays for the dirty pages and WAL of the one before.
  const step = async (name: string) => {
    await admin.query("CHECKPOINT");
    say(name);
  };

  const target = await api<{ id: string }>("POST", "/api/v1/targets", {
    name: "bench shop",
    kind: "POSTGRES",
    config: { storageDir: path.join(work, "store") },
    credential: shopUrl,
  });
  type Run = { id: string; status: string; startedAt: string | null; finishedAt: string | null; error: string | null; result: Record<string, unknown> | null };
  /** Request over the API and wait for the worker to finish: wall time from request to done, and the run's own time. */
  const act = async (kind: string, params: Record<string, unknown> = {}) => {
    const t0 = performance.now();
    const { id } = await api<{ id: string }>("POST", "/api/v1/actions", { kind, targetId: target.id, params });
    for (;;) {
      const run = await api<Run>("GET", `/api/v1/actions/${id}`);
      if (["SUCCEEDED", "FAILED", "CANCELLED"].includes(run.status)) {
        if (run.status !== "SUCCEEDED") throw new Error(`${kind} ${run.status}: ${run.error}`);
        const wall = performance.now() - t0;
        return { run, wall, own: Date.parse(run.finishedAt ?? "") - Date.parse(run.startedAt ?? "") };
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  const u = new URL(shopUrl);
  const env = { ...process.env, PGHOST: u.hostname, PGPORT: u.port, PGUSER: decodeURIComponent(u.username), PGPASSWORD: decodeURIComponent(u.password) };
  const pgDump = await findPgTool("pg_dump", { minMajor: 15, reason: "bench" });
  const pgRestore = await findPgTool("pg_restore", { minMajor: 15, reason: "bench" });

  await step("bare pg_dump -Fc");
  const bareFile = path.join(work, "bare.dump");
  const bareDump = await timed(pgDump.path, ["-Fc", "--no-owner", "--no-privileges", "-f", bareFile, "bench_shop"], env);
  await step("back up through Opsdeck");
  const mem = sampleStack(port, dataDir);
  const backup = await act("BACKUP");
  const memory = mem.stop();
  const backupId = String(backup.run.result?.backupId);
  const archive = Number(backup.run.result?.sizeBytes);

  await step("bare createdb + pg_restore");
  await admin.query("CREATE DATABASE bare_restore TEMPLATE template0");
  const bareRestore = await timed(pgRestore.path, ["--exit-on-error", "--no-owner", "--no-privileges", "-d", "bare_restore", bareFile], env);
  await admin.query("DROP DATABASE bare_restore");
  await step("verify through Opsdeck");
  const verify = await act("VERIFY", { backupId });
  await step("restore into a new database through Opsdeck");
  const restore = await act("RESTORE", { backupId, mode: "new", newDatabase: "bench_restored", confirm: "bench_shop" });
  await admin.end();

  const rows = Object.values((backup.run.result?.rowCounts ?? {}) as Record<string, number>).reduce((a, b) => a + b, 0);
  const line = (what: string, r: { wall: number; own: number }, bare: number, bareName: string) =>
    `${what} request → succeeded ${s(r.wall)} (run ${s(r.own)})  ${bareName} ${s(bare)}  ratio ${(r.wall / bare).toFixed(2)} (run ${(r.own / bare).toFixed(2)})`;
  console.log(`actions bench: database ${mb(dbBytes)}, ${rows.toLocaleString("en")} rows, archive ${mb(archive)}; ${os.cpus().length} cores; ${pgDump.path} ${pgDump.version}`);
  console.log(`${line("backup ", backup, bareDump, "bare pg_dump -Fc")} (target <= 1.10)`);
  console.log(
    `         memory during the backup: worker ${mib(memory.before.worker)} → peak ${mib(memory.peak.worker)} (+${mib(memory.peak.worker - memory.before.worker)}), web ${mib(memory.before.web)} → peak ${mib(memory.peak.web)} (+${mib(memory.peak.web - memory.before.web)})`,
  );
  console.log(line("verify ", verify, bareRestore, "bare pg_restore into a new database"));
  console.log(line("restore", restore, bareRestore, "bare pg_restore into a new database"));
} finally {
  if (stack) await stopStack(stack).catch(() => {});
  await rm(work, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
}
