/** Checks are spread over workers in this many shards; changing it re-homes every check. */
export const SHARD_COUNT = 64;
export const MIN_INTERVAL_SECONDS = 10;
export const DEFAULT_DOWN_AFTER = 2;

export const RAW_RETENTION_DAYS = 7;
/**
 * Minute rollups serve the 1 h and 24 h views only, so two days of them are kept (90 days would be
 * ~130,000 rows per check); hour rollups serve 7 d and 30 d and are kept 90 days, day rollups a year.
 */
export const ROLLUP_RETENTION_DAYS = { MINUTE: 2, HOUR: 90, DAY: 365 } as const;
