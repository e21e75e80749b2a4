import type { Reader } from "./session.ts";

export type TableSize = {
  /** "schema.table" */
  table: string;
  totalBytes: number;
  tableBytes: number;
  indexBytes: number;
  /** The planner's estimate (pg_class.reltuples); -1 when never analyzed. */
  rowEstimate: number;
};

export type Sizes = { databaseBytes: number; tables: TableSize[] };

export const LARGEST_TABLES = 10;

/** The database's size and its largest tables and materialized views (heap, TOAST and indexes). */
export const readSizes: Reader<Sizes> = async (c) => {
  const { rows: db } = await c.query<{ bytes: number }>("SELECT pg_database_size(current_database())::float8 AS bytes");
  const { rows } = await c.query<TableSize>(
    `SELECT format('%s.%s', n.nspname, c.relname) AS "table", pg_total_relation_size(c.oid)::float8 AS "totalBytes",
        pg_table_size(c.oid)::float8 AS "tableBytes", pg_indexes_size(c.oid)::float8 AS "indexBytes",
        c.reltuples::float8 AS "rowEstimate"
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
        AND n.nspname !~ '^pg_toast'
      ORDER BY pg_total_relation_size(c.oid) DESC, 1 LIMIT ${LARGEST_TABLES}`,
  );
  return { databaseBytes: db[0]?.bytes ?? 0, tables: rows };
};
