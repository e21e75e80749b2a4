import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDb, type Db } from "./client.ts";
import { ensureDatabase, startEmbedded } from "./embedded.ts";
import { migrateDeploy } from "./migrate.ts";
import { withDatabase } from "./pg-config.ts";
import { dataDir } from "./paths.ts";
import path from "node:path";

export const TEMPLATE_DB = "opsdeck_template";

/** Vitest global setup: one PostgreSQL for the run, with a migrated template database. */
// Fixed test ports sit below Linux's ephemeral range (32768+), so outgoing connections never hold them.
export async function startTestServer(port = Number(process.env.OPSDECK_TEST_PG_PORT ?? 31433)) {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    await ensureDatabase(external, TEMPLATE_DB);
    await migrateDeploy(withDatabase(external, TEMPLATE_DB));
    return { serverUrl: external, stop: async () => {} };
  }
  const handle = await startEmbedded({
    dataDir: path.join(dataDir(), `test-pg-${port}`),
    port,
    database: TEMPLATE_DB,
    fresh: true,
  });
  await migrateDeploy(handle.url);
  return { serverUrl: handle.url, stop: handle.stop };
}

export type TestDb = { db: Db; url: string; drop(): Promise<void> };

/** A fresh database cloned from the migrated template: each suite gets its own. */
export async function createTestDb(serverUrl = process.env.OPSDECK_TEST_SERVER_URL): Promise<TestDb> {
  if (!serverUrl) throw new Error("OPSDECK_TEST_SERVER_URL is not set: run tests through vitest's global setup");
  const name = `t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DB}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(serverUrl, name);
  const db = createDb(url, 5);
  return {
    db,
    url,
    async drop() {
      await db.$disconnect();
      const c = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** Everything a spawned process has written so far, to stdout and to stderr. */
export function captureOutput(proc: ChildProcess): { out: () => string; err: () => string } {
  let out = "";
  let err = "";
  proc.stdout?.on("data", (d) => {
    out += d;
  });
  proc.stderr?.on("data", (d) => {
    err += d;
  });
  return { out: () => out, err: () => err };
}
