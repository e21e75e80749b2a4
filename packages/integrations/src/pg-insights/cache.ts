import type { Reader } from "./session.ts";

export type CacheStats = {
  /** Share of table reads served from shared buffers since the statistics were reset; null before any read. */
  tableHitRatio: number | null;
  indexHitRatio: number | null;
  /** The database's cumulative block counters (pg_stat_database), sampled to chart the ratio over time. */
  blocksHit: number;
  blocksRead: number;
};

const ratio = (hit: number, read: number): number | null => (hit + read > 0 ? hit / (hit + read) : null);

/** Buffer cache hit ratios of this database's tables and indexes. */
export const readCache: Reader<CacheStats> = async (c) => {
  const { rows } = await c.query<{ th: number; tr: number; ih: number; ir: number; bh: number; br: number }>(
    `SELECT (SELECT coalesce(sum(heap_blks_hit), 0) FROM pg_statio_user_tables)::float8 AS th,
        (SELECT coalesce(sum(heap_blks_read), 0) FROM pg_statio_user_tables)::float8 AS tr,
        (SELECT coalesce(sum(idx_blks_hit), 0) FROM pg_statio_user_indexes)::float8 AS ih,
        (SELECT coalesce(sum(idx_blks_read), 0) FROM pg_statio_user_indexes)::float8 AS ir,
        d.blks_hit::float8 AS bh, d.blks_read::float8 AS br
       FROM pg_stat_database d WHERE d.datname = current_database()`,
  );
  const r = rows[0] ?? { th: 0, tr: 0, ih: 0, ir: 0, bh: 0, br: 0 };
  return {
    tableHitRatio: ratio(r.th, r.tr),
    indexHitRatio: ratio(r.ih, r.ir),
    blocksHit: r.bh,
    blocksRead: r.br,
  };
};
