import type { Reader } from "./session.ts";

export type TableVacuum = {
  table: string;
  liveTuples: number;
  deadTuples: number;
  lastVacuum: string | null;
  lastAutovacuum: string | null;
  lastAnalyze: string | null;
  lastAutoanalyze: string | null;
};

export type VacuumReport = { deadTuples: number; liveTuples: number; tables: TableVacuum[] };

type Row = Omit<TableVacuum, "lastVacuum" | "lastAutovacuum" | "lastAnalyze" | "lastAutoanalyze"> & {
  lastVacuum: Date | null;
  lastAutovacuum: Date | null;
  lastAnalyze: Date | null;
  lastAutoanalyze: Date | null;
};

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Dead tuples in total and per table (most first, at most 20), with the last vacuum and analyze. */
export const readVacuum: Reader<VacuumReport> = async (c) => {
  const { rows: totals } = await c.query<{ dead: number; live: number }>(
    `SELECT coalesce(sum(n_dead_tup), 0)::float8 AS dead, coalesce(sum(n_live_tup), 0)::float8 AS live
       FROM pg_stat_user_tables`,
  );
  const { rows } = await c.query<Row>(
    `SELECT format('%s.%s', schemaname, relname) AS "table", n_live_tup::float8 AS "liveTuples",
        n_dead_tup::float8 AS "deadTuples", last_vacuum AS "lastVacuum", last_autovacuum AS "lastAutovacuum",
        last_analyze AS "lastAnalyze", last_autoanalyze AS "lastAutoanalyze"
       FROM pg_stat_user_tables ORDER BY n_dead_tup DESC, 1 LIMIT 20`,
  );
  return {
    deadTuples: totals[0]?.dead ?? 0,
    liveTuples: totals[0]?.live ?? 0,
    tables: rows.map((r) => ({
      ...r,
      lastVacuum: iso(r.lastVacuum),
      lastAutovacuum: iso(r.lastAutovacuum),
      lastAnalyze: iso(r.lastAnalyze),
      lastAutoanalyze: iso(r.lastAutoanalyze),
    })),
  };
};
