import pg from "pg";
import { quoteIdent } from "./connection.ts";

export interface ServerVersion {
  major: number;
  /** "15.18" */
  full: string;
}

/** Exact row count per user table, keyed "schema.table". */
export type TableCounts = Record<string, number>;

export interface DatabaseInspection {
  serverVersion: ServerVersion;
  tables: TableCounts;
}

type Queryable = Pick<pg.ClientBase, "query">;

export async function readServerVersion(client: Queryable): Promise<ServerVersion> {
  const { rows } = await client.query<{ num: string; full: string }>(
    "SELECT current_setting('server_version_num') AS num, current_setting('server_version') AS full",
  );
  const row = rows[0] as { num: string; full: string };
  return { major: Math.floor(Number(row.num) / 10_000), full: row.full.split(" ")[0] ?? row.full };
}

export interface UserTable {
  schema: string;
  name: string;
  /** On-disk size in bytes, to weigh progress. */
  bytes: number;
  /** The planner's row estimate (0 when the table was never analyzed). */
  estimatedRows: number;
}

/**
 * Ordinary tables whose rows pg_dump writes: not the catalogs, not temporary tables, not tables that
 * belong to an extension (pg_dump leaves their rows to the extension).
 */
export async function listUserTables(client: Queryable): Promise<UserTable[]> {
  const { rows } = await client.query<{ schema: string; name: string; bytes: string; estimate: number }>(
    `SELECT n.nspname AS schema, c.relname AS name, pg_table_size(c.oid)::text AS bytes,
            greatest(c.reltuples, 0)::float8 AS estimate
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind = 'r' AND c.relpersistence <> 't'
        AND n.nspname NOT IN ('pg_catalog', 'information_schema')
        AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'
        AND NOT EXISTS (SELECT 1 FROM pg_depend d
                         WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
      ORDER BY 1, 2`,
  );
  return rows.map((r) => ({ schema: r.schema, name: r.name, bytes: Number(r.bytes), estimatedRows: r.estimate }));
}

/** count(*) of every user table, in whatever snapshot the client's transaction holds. */
export async function countRows(client: Queryable, tables?: UserTable[]): Promise<TableCounts> {
  const counts: TableCounts = {};
  for (const t of tables ?? (await listUserTables(client))) {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM ${quoteIdent(t.schema)}.${quoteIdent(t.name)}`,
    );
    counts[`${t.schema}.${t.name}`] = Number(rows[0]?.n ?? 0);
  }
  return counts;
}

/** Server version and exact per-table row counts of the database a URL names. */
export async function inspectDatabase(url: string): Promise<DatabaseInspection> {
  const client = new pg.Client({ connectionString: url, application_name: "opsdeck-inspect" });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const serverVersion = await readServerVersion(client);
    const tables = await countRows(client);
    await client.query("COMMIT");
    return { serverVersion, tables };
  } finally {
    await client.end();
  }
}

export async function serverVersionOf(url: string): Promise<ServerVersion> {
  const client = new pg.Client({ connectionString: url, application_name: "opsdeck-inspect" });
  await client.connect();
  try {
    return await readServerVersion(client);
  } finally {
    await client.end();
  }
}
