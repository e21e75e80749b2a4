import type { Reader } from "./session.ts";

/** pg_stat_activity's states, plus "unknown" for sessions the monitoring role may not see into. */
export const CONNECTION_STATES = [
  "active",
  "idle",
  "idle in transaction",
  "idle in transaction (aborted)",
  "fastpath function call",
  "disabled",
  "unknown",
] as const;
export type ConnectionState = (typeof CONNECTION_STATES)[number];

export type Connections = {
  maxConnections: number;
  /** Slots only superusers may take: ordinary clients run out at max - reserved. */
  reservedConnections: number;
  /** Client connections to the whole server, which is what max_connections limits. */
  serverTotal: number;
  /** Client connections to this database by state. */
  states: Record<ConnectionState, number>;
};

const emptyStates = (): Record<ConnectionState, number> =>
  Object.fromEntries(CONNECTION_STATES.map((s) => [s, 0])) as Record<ConnectionState, number>;

const isState = (s: string): s is ConnectionState => (CONNECTION_STATES as readonly string[]).includes(s);

/**
 * Connections by state in this database, and the server's total against max_connections; the
 * reader's own connection is left out.
 */
export const readConnections: Reader<Connections> = async (c) => {
  const { rows } = await c.query<{ state: string; here: boolean; n: number }>(
    `SELECT coalesce(state, 'unknown') AS state, (datname = current_database()) AS here, count(*)::int AS n
       FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() GROUP BY 1, 2`,
  );
  const { rows: limits } = await c.query<{ max: number; reserved: number }>(
    `SELECT current_setting('max_connections')::int AS max,
       current_setting('superuser_reserved_connections')::int AS reserved`,
  );
  const states = emptyStates();
  let serverTotal = 0;
  for (const r of rows) {
    serverTotal += r.n;
    if (r.here) states[isState(r.state) ? r.state : "unknown"] += r.n;
  }
  return {
    maxConnections: limits[0]?.max ?? 0,
    reservedConnections: limits[0]?.reserved ?? 0,
    serverTotal,
    states,
  };
};
