/** Checks are spread over workers in this many shards; changing it re-homes every check. */
export const SHARD_COUNT = 64;
export const MIN_INTERVAL_SECONDS = 10;
export const DEFAULT_DOWN_AFTER = 2;

export const RAW_RETENTION_DAYS = 7;
export const ROLLUP_RETENTION_DAYS = { MINUTE: 90, HOUR: 90, DAY: 365 } as const;
