import type { TableCounts } from "./inspect.ts";

/** One table whose restored row count differs from the backup's; null means the table is missing on that side. */
export interface CountMismatch {
  table: string;
  expected: number | null;
  actual: number | null;
}

/** Tables of the backup whose counts differ from `actual`; tables only in `actual` are returned apart. */
export function compareCounts(
  expected: TableCounts,
  actual: TableCounts,
): { mismatches: CountMismatch[]; extraTables: string[] } {
  const mismatches: CountMismatch[] = [];
  for (const [table, n] of Object.entries(expected)) {
    const got = actual[table];
    if (got !== n) mismatches.push({ table, expected: n, actual: got ?? null });
  }
  const extraTables = Object.keys(actual)
    .filter((t) => !(t in expected))
    .sort();
  return { mismatches, extraTables };
}

/** "public.orders: expected 60000, found 30000; …", for a run's error. */
export const describeMismatches = (mismatches: CountMismatch[]): string =>
  mismatches.map((m) => `${m.table}: expected ${m.expected ?? "none"}, found ${m.actual ?? "none"}`).join("; ");
