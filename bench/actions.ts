// Backup, verify and restore of a ~1 GB database through @opsdeck/integrations against the bare
// pg_dump / pg_restore doing the same work, on its own embedded PostgreSQL.
// Usage: node --import tsx bench/actions.ts [--size 1024]   (megabytes of data to build)
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { repoRoot } from "@opsdeck/db/paths";
import pg from "pg";
import {
  backupDatabase,
  findPgTool,
  localDirStorage,
  recordingIo,
  restoreBackup,
  verifyBackup,
} from "@opsdeck/integrations";
import { peakRss, timed } from "./actions/bare.ts";
import { seedActionsDatabase } from "./actions/seed.ts";
import { freePort } from "./checks/db.ts";

const { values } = parseArgs({ options: { size: { type: "string", default: "1024" } } });
const sizeMb = Number(values.size);
if (!Number.isInteger(sizeMb) || sizeMb < 10)
  throw new Error("--size must be a whole number of megabytes, at least 10");
const say = (m: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}`);
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (b: number) => `${(b / 1e6).toFixed(0)} MB`;

const { startEmbedded } = await import("@opsdeck/db/embedded");
const dataDir = path.join(repoRoot, ".data/bench-actions");
const db = await startEmbedded({
  dataDir,
  port: await freePort(),
  database: "actions",
  fresh: true,
});
const work = await mkdtemp(path.join(os.tmpdir(), "opsdeck-bench-actions-"));
const admin = new pg.Pool({ connectionString: db.url.replace(/\/actions$/, "/postgres"), max: 1 });
// Each step starts after a checkpoint, so none pays for the dirty pages and WAL of the one before.
const step = async (name: string) => {
  await admin.query("CHECKPOINT");
  say(name);
};
try {
  const pool = new pg.Pool({ connectionString: db.url, max: 1 });
  say(`building a ~${sizeMb} MB database`);
  const dbBytes = await seedActionsDatabase(pool, sizeMb, say);
  await pool.end();
  say(`database is ${mb(dbBytes)}`);

  const u = new URL(db.url);
  const env = { ...process.env, PGHOST: u.hostname, PGPORT: u.port, PGUSER: u.username, PGPASSWORD: u.password };
  const pgDump = await findPgTool("pg_dump", { minMajor: 15, reason: "bench" });
  const pgRestore = await findPgTool("pg_restore", { minMajor: 15, reason: "bench" });
  const storage = localDirStorage(path.join(work, "store"));

  await step("bare pg_dump -Fc");
  const bareFile = path.join(work, "bare.dump");
  const bareDump = await timed(pgDump.path, ["-Fc", "--no-owner", "--no-privileges", "-f", bareFile, "actions"], env);
  await step("backupDatabase");
  const io = recordingIo();
  const ours = await peakRss(() => backupDatabase({ url: db.url, storage, key: "actions/bench.dump" }, io));
  const backup = ours.value;

  await step("bare createdb + pg_restore");
  await admin.query("CREATE DATABASE bare_restore TEMPLATE template0");
  const bareRestore = await timed(
    pgRestore.path,
    ["--exit-on-error", "--no-owner", "--no-privileges", "-d", "bare_restore", bareFile],
    env,
  );
  await admin.query("DROP DATABASE bare_restore");
  await step("verifyBackup");
  const verify = await verifyBackup({ storage, backup, serverUrl: db.url }, recordingIo());
  await step("restoreBackup into a new database");
  const restore = await restoreBackup({ storage, backup, url: db.url }, recordingIo());

  const rows = Object.values(backup.tables).reduce((a, b) => a + b, 0);
  console.log(
    `actions bench: database ${mb(dbBytes)}, ${rows.toLocaleString("en")} rows, archive ${mb(backup.bytes)}; ${os.cpus().length} cores; ${pgDump.path} ${pgDump.version}`,
  );
  console.log(
    `backup   backupDatabase ${s(backup.durationMs)}  bare pg_dump -Fc ${s(bareDump)}  ratio ${(backup.durationMs / bareDump).toFixed(2)} (target <= 1.10)`,
  );
  console.log(
    `         peak RSS of the backing-up process ${mb(ours.peakRss)} (${mb(ours.startRss)} before, +${mb(ours.peakRss - ours.startRss)}); ${io.fractions.length} progress reports`,
  );
  console.log(`         backup progress as reported: ${io.fractions.map((f) => f.toFixed(2)).join(" ")}`);
  console.log(
    `verify   verifyBackup ${s(verify.durationMs)} (ok=${verify.ok}, ${verify.tocEntries} TOC entries)  bare pg_restore into a new database ${s(bareRestore)}  ratio ${(verify.durationMs / bareRestore).toFixed(2)}`,
  );
  console.log(
    `restore  restoreBackup new database ${s(restore.durationMs)} (ok=${restore.ok})  bare pg_restore ${s(bareRestore)}  ratio ${(restore.durationMs / bareRestore).toFixed(2)}`,
  );
} finally {
  await admin.end().catch(() => {});
  await rm(work, { recursive: true, force: true });
  await db.stop();
  await rm(dataDir, { recursive: true, force: true });
}
