import { quoteIdent } from "../postgres/connection.ts";
import { problem } from "./problem.ts";
import { ProblemError, type Queryable, type Reader, type ServerInfo } from "./session.ts";

/** One pg_stat_statements entry's cumulative counters (key: "userid:queryid:toplevel"). */
export type StatementCounter = { key: string; queryId: string; calls: number; totalMs: number; rows: number };

export type StatementCounters = {
  /** The schema the extension is installed in. */
  schema: string;
  /** When the statistics were last reset (PostgreSQL 14+), else null. */
  statsReset: string | null;
  entries: StatementCounter[];
};

export const MAX_STATEMENTS = 5_000;

async function extensionSchema(c: Queryable, info: ServerInfo): Promise<string> {
  const { rows } = await c.query<{ schema: string }>(
    `SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
      WHERE e.extname = 'pg_stat_statements'`,
  );
  if (rows[0]) return rows[0].schema;
  const { rows: env } = await c.query<{ available: boolean; preload: string }>(
    `SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_stat_statements') AS available,
       current_setting('shared_preload_libraries') AS preload`,
  );
  const loaded = /(^|[\s,])"?pg_stat_statements"?($|[\s,])/.test(env[0]?.preload ?? "");
  const create = `CREATE EXTENSION pg_stat_statements; in database ${info.database}`;
  const message = loaded
    ? `pg_stat_statements is loaded by the server but not installed in this database: run ${create}`
    : env[0]?.available
      ? `pg_stat_statements is not installed: add it to shared_preload_libraries, restart PostgreSQL, then run ${create} (on a managed service, enable it in the provider's settings)`
      : "pg_stat_statements is not available on this server (install PostgreSQL's contrib package, or enable it in the provider's settings)";
  throw new ProblemError(problem("EXTENSION_MISSING", message));
}

async function columns(c: Queryable, relation: string): Promise<Set<string>> {
  const { rows } = await c.query<{ name: string }>(
    "SELECT attname AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped",
    [relation],
  );
  return new Set(rows.map((r) => r.name));
}

/** The extension's installed relation, or a Problem saying why it cannot be read. */
async function statementsRelation(c: Queryable, info: ServerInfo) {
  const schema = await extensionSchema(c, info);
  const relation = `${quoteIdent(schema)}.pg_stat_statements`;
  const cols = await columns(c, relation);
  return {
    schema,
    relation,
    total: cols.has("total_exec_time") ? "total_exec_time" : "total_time",
    toplevel: cols.has("toplevel") ? "toplevel" : "true",
  };
}

const NOT_LOADED = problem(
  "EXTENSION_NOT_LOADED",
  "pg_stat_statements is installed but the server does not load it: add it to shared_preload_libraries and restart PostgreSQL",
);

/** Whether an error says the library is not in shared_preload_libraries. */
const notLoaded = (err: unknown) =>
  (err as { code?: string })?.code === "55000" && /shared_preload_libraries/.test(String((err as Error).message));

/**
 * Cumulative counters of every statement run in this database (no query text: that is read for the
 * few shown). A missing, unloaded or unreadable extension throws a ProblemError that says what to do.
 */
export const readStatementCounters: Reader<StatementCounters> = async (c, info) => {
  const s = await statementsRelation(c, info);
  try {
    const { rows } = await c.query<StatementCounter>(
      `SELECT userid::text || ':' || queryid::text || ':' || (${s.toplevel})::text AS key, queryid::text AS "queryId",
          calls::float8 AS calls, ${s.total}::float8 AS "totalMs", rows::float8 AS rows
         FROM ${s.relation}
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND queryid IS NOT NULL
        ORDER BY ${s.total} DESC LIMIT ${MAX_STATEMENTS}`,
    );
    const cols = await columns(c, `${quoteIdent(s.schema)}.pg_stat_statements_info`).catch(() => new Set<string>());
    let statsReset: string | null = null;
    if (cols.has("stats_reset")) {
      const { rows: info } = await c.query<{ at: Date | null }>(
        `SELECT stats_reset AS at FROM ${quoteIdent(s.schema)}.pg_stat_statements_info`,
      );
      statsReset = info[0]?.at?.toISOString() ?? null;
    }
    return { schema: s.schema, statsReset, entries: rows };
  } catch (err) {
    if (notLoaded(err)) throw new ProblemError(NOT_LOADED);
    throw err;
  }
};

export const INSUFFICIENT_PRIVILEGE = "<insufficient privilege>";

/** The text of the given statements (by queryid); another role's text reads "<insufficient privilege>". */
export const readStatementTexts =
  (queryIds: readonly string[]): Reader<Map<string, string>> =>
  async (c, info) => {
    if (queryIds.length === 0) return new Map();
    const s = await statementsRelation(c, info);
    const { rows } = await c.query<{ id: string; query: string | null }>(
      `SELECT DISTINCT ON (queryid) queryid::text AS id, left(query, 4000) AS query FROM ${s.relation}
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND queryid = ANY($1::bigint[])
        ORDER BY queryid, (query IS NULL OR query = '${INSUFFICIENT_PRIVILEGE}')`,
      [queryIds],
    );
    return new Map(rows.map((r) => [r.id, r.query ?? INSUFFICIENT_PRIVILEGE]));
  };
