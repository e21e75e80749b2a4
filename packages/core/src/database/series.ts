/** The series the Postgres insights sampler writes, each labelled with `database` (the database's id). */
export const PG_SERIES = {
  /** Client connections to this database, labelled by `state`. */
  connections: "pg.connections",
  /** Client connections to the whole server, which max_connections limits. */
  serverConnections: "pg.server_connections",
  maxConnections: "pg.max_connections",
  /** Server connections as a percent of max_connections (0–100), also labelled with the `service`'s slug. */
  connectionUsage: "pg.connection_usage",
  databaseSize: "pg.database_size",
  /** The largest tables' total size, labelled by `table` ("schema.table"). */
  tableSize: "pg.table_size",
  /** Buffer hits / (hits + reads) between two samples. */
  cacheHitRatio: "pg.cache_hit_ratio",
  blocksHit: "pg.blocks_hit",
  blocksRead: "pg.blocks_read",
  deadTuples: "pg.dead_tuples",
} as const;
