import pg from "pg";
import { classifyPgError, problem, type Problem, type Section } from "./problem.ts";

export const INSIGHTS_APPLICATION_NAME = "opsdeck-insights";
export const DEFAULT_TIMEOUT_MS = 5_000;

export type Queryable = Pick<pg.ClientBase, "query">;

/** What every reader may need to know about the server it reads. */
export type ServerInfo = { versionNum: number; version: string; database: string; user: string; address: string };

/** A reader: one panel's catalog queries on an open connection. */
export type Reader<T> = (c: Queryable, info: ServerInfo) => Promise<T>;

export type PgSession = {
  info: ServerInfo;
  client: Queryable;
  /** Run one reader; its failure becomes that section's Problem and the connection stays usable. */
  read<T>(reader: Reader<T>): Promise<Section<T>>;
};

/** host:port/database, never the credentials. */
export function addressOf(url: string): string {
  try {
    const u = new URL(url);
    const db = decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres";
    return `${u.hostname || "localhost"}:${u.port || "5432"}/${db}`;
  } catch {
    return "(unparseable connection URL)";
  }
}

const isPostgresUrl = (url: string): boolean => {
  try {
    return ["postgres:", "postgresql:"].includes(new URL(url).protocol);
  } catch {
    return false;
  }
};

export type SessionOptions = { timeoutMs?: number; readOnly?: boolean };

/**
 * Open one short-lived connection to a monitored database (read-only, every statement capped at
 * `timeoutMs`), run `fn`, close it. A failure to connect is returned as a Problem; readers run through
 * `read` return theirs; anything else `fn` throws is passed on.
 */
export async function withPgSession<T>(
  url: string,
  fn: (s: PgSession) => Promise<T>,
  { timeoutMs = DEFAULT_TIMEOUT_MS, readOnly = true }: SessionOptions = {},
): Promise<{ ok: true; value: T } | { ok: false; problem: Problem }> {
  const address = addressOf(url);
  if (!isPostgresUrl(url))
    return { ok: false, problem: problem("NO_CREDENTIAL", "The connection URL is not a postgresql:// URL") };
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: timeoutMs,
    statement_timeout: timeoutMs,
    query_timeout: timeoutMs + 1_000,
    application_name: INSIGHTS_APPLICATION_NAME,
    ...(readOnly && { options: "-c default_transaction_read_only=on" }),
  });
  // A server that drops the connection later must not crash the process.
  client.on("error", () => {});
  const close = () => void client.end().catch(() => {});
  let info: ServerInfo;
  try {
    await client.connect();
    const { rows } = await client.query<{ num: string; version: string; db: string; usr: string }>(
      `SELECT current_setting('server_version_num') AS num, current_setting('server_version') AS version,
        current_database() AS db, current_user AS usr`,
    );
    const r = rows[0] as { num: string; version: string; db: string; usr: string };
    info = {
      versionNum: Number(r.num),
      version: r.version.split(" ")[0] ?? r.version,
      database: r.db,
      user: r.usr,
      address,
    };
  } catch (err) {
    close();
    return { ok: false, problem: classifyPgError(err, address, timeoutMs) };
  }
  const read = async <R>(reader: Reader<R>): Promise<Section<R>> => {
    try {
      return { ok: true, data: await reader(client, info) };
    } catch (err) {
      return { ok: false, problem: sectionProblem(err, address, timeoutMs) };
    }
  };
  // What `fn` throws itself (a refusal of the caller's own) is the caller's to handle.
  try {
    return { ok: true, value: await fn({ info, client, read }) };
  } finally {
    close();
  }
}

/** A reader may throw a Problem it worked out itself (a missing extension); anything else is classified. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}

function sectionProblem(err: unknown, address: string, timeoutMs: number): Problem {
  return err instanceof ProblemError ? err.problem : classifyPgError(err, address, timeoutMs);
}
