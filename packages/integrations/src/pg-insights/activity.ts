import type { Reader } from "./session.ts";

/** A client backend busy for a while: running a query, or holding a transaction open. */
export type Backend = {
  pid: number;
  user: string | null;
  application: string | null;
  client: string | null;
  state: string;
  backendStart: string;
  /** Since when it counts as running: its transaction's start when idle in one, else its query's. */
  since: string;
  seconds: number;
  waitEvent: string | null;
  query: string;
};

export const QUERY_TEXT_MAX = 2_000;

type Row = Omit<Backend, "backendStart" | "since"> & { backendStart: Date; since: Date };

/**
 * Backends of this database running a query, or idle in a transaction, for at least `minSeconds`,
 * longest first (at most 50). The reader's own connection is left out.
 */
export const readLongRunning =
  (minSeconds: number): Reader<Backend[]> =>
  async (c) => {
    const { rows } = await c.query<Row>(
      `WITH a AS (
         SELECT *, CASE WHEN state LIKE 'idle in transaction%' THEN xact_start ELSE query_start END AS since
           FROM pg_stat_activity
          WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()
            AND state IS NOT NULL AND state <> 'idle')
       SELECT pid, usename AS "user", application_name AS application, client_addr::text AS client, state,
         backend_start AS "backendStart", since, extract(epoch FROM clock_timestamp() - since)::float8 AS seconds,
         nullif(concat_ws(': ', wait_event_type, wait_event), '') AS "waitEvent", left(query, ${QUERY_TEXT_MAX}) AS query
         FROM a WHERE since <= clock_timestamp() - make_interval(secs => $1)
        ORDER BY since LIMIT 50`,
      [minSeconds],
    );
    return rows.map((r) => ({
      ...r,
      application: r.application || null,
      backendStart: r.backendStart.toISOString(),
      since: r.since.toISOString(),
      seconds: Math.round(r.seconds),
    }));
  };
