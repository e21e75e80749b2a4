import { QUERY_TEXT_MAX } from "./activity.ts";
import type { Queryable, ServerInfo } from "./session.ts";

/**
 * A client backend as pg_stat_activity shows it now; `here` says whether it is connected to this
 * database. A role without pg_read_all_stats sees another role's backend with its details null.
 */
export type BackendInfo = {
  pid: number;
  user: string | null;
  application: string | null;
  state: string | null;
  backendStart: string | null;
  here: boolean;
  query: string | null;
};

type Row = Omit<BackendInfo, "backendStart"> & { backendStart: Date | null };

export async function findBackend(c: Queryable, pid: number): Promise<BackendInfo | null> {
  const { rows } = await c.query<Row>(
    `SELECT pid, usename AS "user", nullif(application_name, '') AS application, state, backend_start AS "backendStart",
        datname = current_database() AS here, left(query, ${QUERY_TEXT_MAX}) AS query
       FROM pg_stat_activity
      WHERE pid = $1 AND (backend_type = 'client backend' OR backend_type IS NULL) AND pid <> pg_backend_pid()`,
    [pid],
  );
  const r = rows[0];
  return r ? { ...r, here: Boolean(r.here), backendStart: r.backendStart?.toISOString() ?? null } : null;
}

/**
 * pg_terminate_backend; from PostgreSQL 14 it waits up to 5 s for the backend to exit, so a second
 * request right after no longer finds it. False: it had already gone.
 */
export async function terminateBackendPid(c: Queryable, info: ServerInfo, pid: number): Promise<boolean> {
  const sql =
    info.versionNum >= 140000 ? "SELECT pg_terminate_backend($1, 5000) AS ok" : "SELECT pg_terminate_backend($1) AS ok";
  const { rows } = await c.query<{ ok: boolean }>(sql, [pid]);
  return rows[0]?.ok === true;
}
