import pg from "pg";
import { quoteIdent, withDatabase } from "./connection.ts";

/** The database to run CREATE/DROP DATABASE from: "postgres" on the URL's server. */
export function maintenanceUrl(url: string): string {
  return withDatabase(url, "postgres");
}

async function withAdmin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: maintenanceUrl(url), application_name: "opsdeck-admin" });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export class DatabaseExistsError extends Error {
  constructor(readonly database: string) {
    super(`database "${database}" already exists: choose another name`);
    this.name = "DatabaseExistsError";
  }
}

/** CREATE DATABASE from template0, so nothing in template1 collides with what a restore creates. */
export async function createDatabase(url: string, database: string): Promise<void> {
  await withAdmin(url, async (client) => {
    try {
      await client.query(`CREATE DATABASE ${quoteIdent(database)} TEMPLATE template0`);
    } catch (err) {
      if ((err as { code?: string }).code === "42P04") throw new DatabaseExistsError(database);
      throw err;
    }
  });
}

/** Ends every session on `database`, then drops it; a missing database is not an error. */
export async function dropDatabase(url: string, database: string): Promise<void> {
  await withAdmin(url, async (client) => {
    await client.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
      [database],
    );
    const { rows } = await client.query<{ num: string }>("SELECT current_setting('server_version_num') AS num");
    const force = Number(rows[0]?.num) >= 130_000 ? " WITH (FORCE)" : "";
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)}${force}`);
  });
}
