import type { Reader } from "./session.ts";

export type UnusedIndex = { index: string; table: string; bytes: number };
export type DuplicateIndex = { index: string; coveredBy: string; table: string; bytes: number; definition: string };
export type IndexReport = {
  /** Never scanned since the statistics were reset (unique and primary key indexes enforce rules, so they are left out). */
  unused: UnusedIndex[];
  /** Indexes whose columns lead another index on the same table, which can serve the same lookups. */
  duplicates: DuplicateIndex[];
  /** Since when scans are counted: the database's statistics reset, or null (since the server started). */
  countedSince: string | null;
};

const UNUSED_SQL = `
  SELECT format('%s.%s', s.schemaname, s.indexrelname) AS index, format('%s.%s', s.schemaname, s.relname) AS "table",
      pg_relation_size(s.indexrelid)::float8 AS bytes
    FROM pg_stat_user_indexes s JOIN pg_index i ON i.indexrelid = s.indexrelid
   WHERE s.idx_scan = 0 AND NOT i.indisunique AND NOT i.indisprimary AND i.indisvalid
   ORDER BY bytes DESC, 1 LIMIT 50`;

// a is redundant when its key columns (same operator classes, expressions and predicate) lead b's.
// Of two identical ones the newer is reported; a unique index is reported only beside an identical unique one.
const DUPLICATES_SQL = `
  WITH idx AS (
    SELECT i.indexrelid AS id, i.indrelid AS rel, c.relam AS am, i.indisunique AS uniq, i.indisprimary AS pk,
        format('%s.%s', n.nspname, c.relname) AS name, format('%s.%s', tn.nspname, t.relname) AS tbl,
        string_to_array(i.indkey::text, ' ')::int2[] AS cols, string_to_array(i.indclass::text, ' ')::oid[] AS ops,
        pg_get_expr(i.indexprs, i.indrelid) AS exprs, pg_get_expr(i.indpred, i.indrelid) AS pred
      FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace tn ON tn.oid = t.relnamespace
     WHERE i.indisvalid AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_toast')
  SELECT DISTINCT ON (a.id) a.name AS index, b.name AS "coveredBy", a.tbl AS "table",
      pg_relation_size(a.id)::float8 AS bytes, pg_get_indexdef(a.id) AS definition
    FROM idx a JOIN idx b ON a.rel = b.rel AND a.id <> b.id AND a.am = b.am
     AND a.exprs IS NOT DISTINCT FROM b.exprs AND a.pred IS NOT DISTINCT FROM b.pred
     AND cardinality(a.cols) <= cardinality(b.cols)
     AND a.cols = b.cols[1:cardinality(a.cols)] AND a.ops = b.ops[1:cardinality(a.ops)]
   WHERE NOT a.pk AND (
     (NOT a.uniq AND (cardinality(a.cols) < cardinality(b.cols) OR b.uniq OR a.id > b.id))
     OR (a.uniq AND b.uniq AND cardinality(a.cols) = cardinality(b.cols) AND a.id > b.id))
   ORDER BY a.id, b.pk DESC, b.uniq DESC, cardinality(b.cols)`;

/** Unused and duplicate indexes of this database. */
export const readIndexes: Reader<IndexReport> = async (c) => {
  const { rows: unused } = await c.query<UnusedIndex>(UNUSED_SQL);
  const { rows: duplicates } = await c.query<DuplicateIndex>(DUPLICATES_SQL);
  const { rows: reset } = await c.query<{ at: Date | null }>(
    "SELECT stats_reset AS at FROM pg_stat_database WHERE datname = current_database()",
  );
  return { unused, duplicates, countedSince: reset[0]?.at?.toISOString() ?? null };
};
